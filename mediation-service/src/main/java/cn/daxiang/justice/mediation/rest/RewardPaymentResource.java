package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.mediation.api.RewardPaymentInput;
import cn.daxiang.justice.mediation.api.RewardPaymentPayInput;
import cn.daxiang.justice.mediation.api.RewardPaymentView;
import cn.daxiang.justice.mediation.domain.RewardPaymentStatus;
import cn.daxiang.justice.mediation.service.RewardPaymentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/mediation/rewards/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rewards", description = "以奖代补 / per-dossier rewards for mediators")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class RewardPaymentResource {

    @Context
    UriInfo uri;

    @Inject
    RewardPaymentService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createRewardPayment", summary = "Draw up a payment batch for a year's dossiers / 提请以奖代补发放",
            description = "Freezes what the payouts computation owes for the dossiers archived in the year within the caller's scope "
                    + "(per dossier and per mediator) and opens its approval (REWARD_PAYMENT): a township office's batch goes to the "
                    + "office, then the district bureau; the district's own batch to the bureau only.")
    @APIResponse(responseCode = "201", description = "Created, approval pending",
            content = @Content(schema = @Schema(implementation = RewardPaymentView.class)))
    @APIResponse(responseCode = "409", description = "No dossier, a dossier without a rate, or a dossier already in a batch / "
            + "无卷宗、无标准或卷宗已列入其他批次")
    public RestResponse<RewardPaymentView> create(@Valid @NotNull RewardPaymentInput input) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listRewardPayments", summary = "Payment batches / 以奖代补发放批次", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResult<RewardPaymentView> list(
            @Parameter(description = "机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "卷宗年度") @QueryParam("year") Integer year,
            @Parameter(description = "状态") @QueryParam("status") RewardPaymentStatus status,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, year, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRewardPayment", summary = "One payment batch with its lines / 查看以奖代补发放批次")
    @APIResponse(responseCode = "200", description = "The batch")
    @APIResponse(responseCode = "404", description = "Not found or outside the caller's scope / 不存在")
    public RewardPaymentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/pay")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "payRewardPayment", summary = "Record an approved batch as paid / 登记以奖代补发放",
            description = "Once, after approval; send `version` or `If-Match`.")
    @APIResponse(responseCode = "200", description = "Paid")
    @APIResponse(responseCode = "409", description = "Not approved, or already paid / 未批准或已发放")
    public RewardPaymentView pay(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull RewardPaymentPayInput input) {
        return service.pay(id, ifMatch, input);
    }
}
