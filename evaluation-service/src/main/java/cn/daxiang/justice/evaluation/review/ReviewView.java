package cn.daxiang.justice.evaluation.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where the review of a run stands, and whether its figures changed after approval. */
@Schema(name = "RunReview", description = "评价结果审定 / the review and lock of a run")
public record ReviewView(
        UUID runId,
        String orgUnit,
        @Schema(enumeration = {"NOT_SUBMITTED", "SUBMITTED", "RETURNED", "APPROVED", "REJECTED", "WITHDRAWN"},
                description = "NOT_SUBMITTED 未提交, SUBMITTED 待审定, RETURNED 退回修改, APPROVED 已审定（锁定）, REJECTED 不予审定, WITHDRAWN 已撤回")
        String state,
        @Schema(description = "The request in /api/v1/evaluation/approvals (decide there) / 审批申请", nullable = true) UUID approvalId,
        @Schema(description = "The request's version, for a decision / 审批申请版本", nullable = true) Long approvalVersion,
        @Schema(description = "Why it was returned (the decision's opinion) / 退回理由", nullable = true) String returnedReason,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) String approvedBy,
        @Schema(description = "An approved run is locked: only it can be exported / 已锁定") boolean locked,
        @Schema(description = "Figures of the run changed after approval: a new run is needed / 审定后数据是否变更") boolean changedAfterApproval,
        @Schema(description = "«数据已在审定后变更» with what changed, or null", nullable = true) String message,
        @Schema(description = "What changed after approval: line figures (as of the last check) and manual figures, targets and "
                + "manual scores (always current) / 审定后变更的数据") List<LateChange> lateChanges,
        @Schema(description = "When the lines' figures were last compared with the frozen ones / 最近核对时间", nullable = true)
        Instant checkedAt) {

    /** One figure or record changed after approval. */
    @Schema(name = "RunLateChange", description = "审定后变更的数据")
    public record LateChange(
            @Schema(enumeration = {"LINE_FIGURE", "MANUAL_FIGURE", "TARGET", "MANUAL_SCORE", "SPENDING"}) String kind,
            @Schema(nullable = true, enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID"}) String line,
            @Schema(description = "Metric name, or the scorecard leaf of a manual score") String metric,
            @Schema(description = "Value frozen in the run / 审定时的值", nullable = true) String frozen,
            @Schema(description = "Value now / 现值", nullable = true) String current,
            @Schema(description = "When the record changed (manual figures, targets, scores)", nullable = true) Instant changedAt,
            @Schema(description = "中文说明") String message) {
    }
}
