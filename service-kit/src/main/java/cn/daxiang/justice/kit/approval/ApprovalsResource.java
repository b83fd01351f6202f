package cn.daxiang.justice.kit.approval;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

/**
 * A line's requests for approval (审批): the approver's queue ({@code ?state=PENDING&awaitingMe=true}), one request,
 * and the two things done to it here: a decision at its current step, and a returned request sent again. Requests
 * are opened by the line's own actions (e.g. a leave request). A line declares an empty subclass with its
 * {@code @Path} ({@code /api/v1/<line>/approvals}) and {@code @Tag}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ApprovalsResource {

    @Inject
    protected Approvals approvals;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
    @Operation(operationId = "kit.approvals", summary = "Requests for approval / 审批申请（待办审批）",
            description = "The requests on records of the caller's scope, oldest first. `state=PENDING&awaitingMe=true` is the "
                    + "approver's queue: the requests whose current step the caller decides (a township office its own step, "
                    + "the district bureau the district step).")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = "Invalid filter / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<ApprovalView> list(@BeanParam ApprovalFilter filter, @Valid @BeanParam PageRequest page) {
        return approvals.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
    @Operation(operationId = "kit.approval", summary = "One request with its decisions / 查看审批申请")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "Not found or outside the caller's scope / 不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApprovalView get(@PathParam("id") UUID id) {
        return approvals.get(id);
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "kit.approvalDecision", summary = "Decide at the current step / 审批（同意、不同意、退回补充）",
            description = "Only the role at the org unit of the current step decides. APPROVE moves the request to the next step, "
                    + "or at the last step approves it and applies what it asks for to its record in the same transaction; "
                    + "REJECT ends it; RETURN sends it back to the requester for more information.")
    @APIResponse(responseCode = "200", description = "The request after the decision")
    @APIResponse(responseCode = "403", description = "Not this step's approver / 非本环节审批人",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided or returned / 已办结或已退回",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale version / 版本已变化",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApprovalView decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull DecisionInput input) {
        return approvals.decide(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "kit.approvalResubmission", summary = "Send a returned request again / 补充材料后重新提交",
            description = "A RETURNED request goes back to the first step of its route, taken again from its record as it now is.")
    @APIResponse(responseCode = "200", description = "The request, pending again")
    @APIResponse(responseCode = "409", description = "Not returned / 非退回状态",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApprovalView resubmit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull ResubmitInput input) {
        return approvals.resubmit(id, ifMatch, input);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "kit.approvalWithdrawal", summary = "Withdraw a pending request / 撤回审批申请",
            description = "Its requester, or a district admin of its scope, withdraws a PENDING request: it becomes WITHDRAWN and "
                    + "the record it is about is set back as the line's rule says (e.g. a leave request WITHDRAWN), in the "
                    + "same transaction.")
    @APIResponse(responseCode = "200", description = "The request, withdrawn")
    @APIResponse(responseCode = "403", description = "Neither the requester nor a district admin / 非申请人",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not pending / 非待审批状态",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale version / 版本已变化",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApprovalView withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull WithdrawalInput input) {
        return approvals.withdraw(id, ifMatch, input);
    }
}
