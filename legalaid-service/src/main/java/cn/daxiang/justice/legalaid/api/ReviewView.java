package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.rest.Identified;
import cn.daxiang.justice.legalaid.domain.ReviewKind;
import cn.daxiang.justice.legalaid.domain.ReviewResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A quality review as clients read it. */
@Schema(name = "CaseReview", description = "质量评查 / case review")
public record ReviewView(
        UUID id,
        @Schema(description = "案件所属机构") String orgUnit,
        long version,
        UUID caseId,
        @Schema(description = "评查方式：SELF 自查, PEER 互查, CENTER 总查") ReviewKind kind,
        @Schema(description = "评查日期") LocalDate reviewedOn,
        @Schema(description = "评分，0至100") int score,
        @Schema(description = "结果：PASSED 合格, FAILED 不合格（须整改）") ReviewResult result,
        @Schema(description = "须整改事项", nullable = true) String requiredFixes,
        Instant createdAt,
        Instant updatedAt) implements Identified {
}
