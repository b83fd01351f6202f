package cn.daxiang.justice.evaluation.review;

import cn.daxiang.justice.kit.approval.ApprovalsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The evaluation's requests for approval (EvaluationApprovals): the review of runs, decided by the district admin. */
@Path("/api/v1/evaluation/approvals")
@Tag(name = "evaluation-approvals", description = "审批 / requests for approval and the approver's queue: the review of runs (评价结果审定)")
public class EvaluationApprovalsResource extends ApprovalsResource {
}
