package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.ResidenceChangeStatus;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "ResidenceChange", description = "变更执行地 / a change of the place of execution and its approval")
public record ResidenceChangeView(UUID id, UUID subjectId, String orgUnit, long version, LocalDate appliedOn,
                                  @Schema(description = "区内变更：接收的司法所", nullable = true) String newOrgUnit,
                                  @Schema(description = "区外变更：新执行地（县级）", nullable = true) String newPlace,
                                  String reason,
                                  @Schema(description = "REQUESTED 审批中, APPROVED 已批准, REJECTED 不予批准, WITHDRAWN 已撤回") ResidenceChangeStatus status,
                                  @Schema(description = "批准日期", nullable = true) LocalDate decidedOn,
                                  @Schema(description = "区外变更：档案移交日期", nullable = true) LocalDate handedOverOn,
                                  @Schema(description = "审批申请 id（/approvals/{id}）", nullable = true) UUID approvalId,
                                  @Schema(description = "法定期限及其状态 / the record's statutory due dates and their state") List<Deadline> deadlines,
                                  Instant createdAt, Instant updatedAt) implements Versioned {
}
