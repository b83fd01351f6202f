package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.approval.ApprovalsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The line's requests for approval (MediationApprovals): reward payment batches. */
@Path("/api/v1/mediation/approvals")
@Tag(name = "mediation-approvals", description = "审批 / requests for approval and the approver's queue: reward payment batches (以奖代补发放)")
public class MediationApprovalsResource extends ApprovalsResource {
}
