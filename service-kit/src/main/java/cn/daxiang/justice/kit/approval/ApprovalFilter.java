package cn.daxiang.justice.kit.approval;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the list of requests. */
public class ApprovalFilter {

    @QueryParam("orgUnit")
    @Parameter(description = "Records of this org unit and below, within the caller's scope / 机构（含下级）")
    public String orgUnit;

    @QueryParam("kind")
    @Parameter(description = "Kind of request, e.g. LEAVE / 审批事项代码")
    public String kind;

    @QueryParam("state")
    @Parameter(description = "PENDING, RETURNED, APPROVED or REJECTED / 状态")
    public ApprovalState state;

    @QueryParam("awaitingMe")
    @Parameter(description = "true: only the requests whose current step the caller decides (its role at its org unit) / 仅本人待审批")
    public Boolean awaitingMe;
}
