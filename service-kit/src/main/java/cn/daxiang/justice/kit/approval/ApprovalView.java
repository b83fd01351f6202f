package cn.daxiang.justice.kit.approval;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request as clients read it: what it asks, its route, where it stands and every decision so far. Its reasons and
 * documents are about a person (a leave's reason, a diagnosis): a read is logged as a read of its record.
 */
@PersonalData(linkedRecords = "recordId")
@Schema(name = "Approval", description = "审批申请 / a request for approval")
public record ApprovalView(
        UUID id,
        @Schema(description = "所涉记录所属机构的12位区划代码") String orgUnit,
        long version,
        @Schema(description = "审批事项代码，如 LEAVE") String kind,
        @Schema(description = "审批事项名称", example = "请假外出审批") String name,
        @Schema(description = "依据", example = "《社区矫正法实施办法》第二十七条") String legalBasis,
        @Schema(description = "所涉记录的类型") String recordType,
        UUID recordId,
        @Schema(description = "所涉记录的地址") String record,
        @Schema(description = "申请理由") String reasons,
        List<Approval.AttachmentRef> attachments,
        @Schema(description = "审批路径：依次由哪一级、哪个机构的哪个角色审批") List<ApprovalStep> route,
        @Schema(description = "当前环节（从0开始）") int step,
        @Schema(description = "第几次提交（退回后重新提交加1）") int round,
        @Schema(description = "PENDING 待审批, RETURNED 退回补充, APPROVED 已批准, REJECTED 不予批准, WITHDRAWN 已撤回") ApprovalState state,
        @Schema(description = "待审批时：当前环节的审批机构", nullable = true) String awaitingOrgUnit,
        @Schema(description = "待审批时：当前环节的审批角色", nullable = true) String awaitingRole,
        @Schema(description = "审结或撤回时间", nullable = true) Instant decidedAt,
        @Schema(description = "撤回人（已撤回时）", nullable = true) String withdrawnBy,
        @Schema(description = "撤回原因", nullable = true) String withdrawalReason,
        List<DecisionView> decisions,
        @Schema(description = "申请人") String requestedBy,
        @Schema(description = "申请时间") Instant requestedAt,
        Instant updatedAt) implements Versioned {

    /** One decision of the request. */
    @Schema(name = "ApprovalDecision", description = "审批意见 / one decision")
    public record DecisionView(int round, int step, Outcome outcome, String opinion, String decidedBy, String deciderOrgUnit,
                               Instant decidedAt) {

        static DecisionView of(ApprovalDecision d) {
            return new DecisionView(d.round, d.step, d.outcome, d.opinion, d.decidedBy, d.deciderOrgUnit, d.decidedAt);
        }
    }
}
