package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.approval.ApprovalsResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The line's requests for approval (LegalAidApprovals): subsidy payments. */
@Path("/api/v1/legal-aid/approvals")
@Tag(name = "legal-aid-approvals", description = "审批 / requests for approval and the approver's queue: 办案补贴发放")
public class LegalAidApprovalsResource extends ApprovalsResource {
}
