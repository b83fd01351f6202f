package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Identified;
import cn.daxiang.justice.legalaid.domain.ObjectionDecision;
import cn.daxiang.justice.legalaid.domain.ObjectionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An objection as clients read it, with the bureau's review clock. */
@Schema(name = "Objection", description = "异议 / objection to a refusal")
public record ObjectionView(
        UUID id,
        @Schema(description = "申请所属机构") String orgUnit,
        long version,
        @Schema(description = "被异议的不予援助申请 id") UUID applicationId,
        @Schema(description = "司法行政部门收到异议的日期") LocalDate receivedOn,
        @Schema(description = "异议理由") String grounds,
        @Schema(description = "PENDING 待审查, DECIDED 已作出决定") ObjectionStatus status,
        @Schema(description = "决定日期", nullable = true) LocalDate decidedOn,
        @Schema(description = "UPHELD 维持原决定, CORRECTED 责令改正", nullable = true) ObjectionDecision decision,
        @Schema(description = "决定理由", nullable = true) String decisionReason,
        @Schema(description = "法定期限：OBJECTION_REVIEW（法律援助法第四十九条，5日）") List<Deadline> deadlines,
        Instant createdAt,
        Instant updatedAt) implements Identified {
}
