package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.kit.approval.ApprovalsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The line's requests for approval (CorrectionsApprovals): leave beyond what the subject may decide alone, revocation proposals. */
@Path("/api/v1/corrections/approvals")
@Tag(name = "corrections-approvals", description = "审批 / requests for approval and the approver's queue: leave (请假外出), revocation proposals (提请撤销缓刑、假释或收监执行)")
public class CorrectionsApprovalsResource extends ApprovalsResource {
}
