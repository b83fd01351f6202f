package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.RevocationKind;
import cn.daxiang.justice.corrections.domain.RevocationStatus;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "RevocationProposal", description = "提请撤销缓刑、假释或收监执行 / a revocation proposal, its approval and the decision on it")
public record RevocationProposalView(UUID id, UUID subjectId, String orgUnit, long version,
                                     @Schema(description = RevocationKind.LABELS) RevocationKind kind,
                                     String grounds, List<UUID> violationIds,
                                     @Schema(nullable = true) UUID abscondingCaseId,
                                     LocalDate proposedOn,
                                     @Schema(description = RevocationStatus.LABELS) RevocationStatus status,
                                     @Schema(description = "裁定、决定日期", nullable = true) LocalDate decidedOn,
                                     @Schema(description = "作出裁定、决定的机关", nullable = true) String decidedBy,
                                     @Schema(description = "裁定书、决定书文号", nullable = true) String documentNumber,
                                     @Schema(description = "审批申请 id（/approvals/{id}）", nullable = true) UUID approvalId,
                                     @Schema(description = "法定期限及其状态 / the record's statutory due dates and their state") List<Deadline> deadlines,
                                     Instant createdAt, Instant updatedAt) implements Versioned {
}
