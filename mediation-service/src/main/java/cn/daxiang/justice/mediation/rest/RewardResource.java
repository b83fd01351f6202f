package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.mediation.api.PayoutReport;
import cn.daxiang.justice.mediation.api.RewardRateInput;
import cn.daxiang.justice.mediation.api.RewardRateView;
import cn.daxiang.justice.mediation.service.RewardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/mediation/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rewards", description = "以奖代补 / per-dossier rewards for mediators")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class RewardResource {

    @Context
    UriInfo uri;

    @Inject
    RewardService service;

    @POST
    @Path("/rates")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "createRewardRate", summary = "Set the reward of a grade for a year / 设置以奖代补标准")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RewardRateView.class)))
    @APIResponse(responseCode = "409", description = "A rate for the year and grade exists / 已存在")
    public RestResponse<RewardRateView> createRate(@Valid @NotNull RewardRateInput input) {
        return Created.at(uri, service.createRate(input));
    }

    @PUT
    @Path("/rates/{id}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "updateRewardRate", summary = "Change a reward rate / 修改以奖代补标准",
            description = "Send `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "A rate for the year and grade exists / 已存在")
    public RewardRateView updateRate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RewardRateInput input) {
        return service.updateRate(id, ifMatch, input);
    }

    @GET
    @Path("/rates")
    @Operation(operationId = "listRewardRates", summary = "Reward rates / 以奖代补标准")
    @APIResponse(responseCode = "200", description = "The rates, of one year if asked")
    public List<RewardRateView> rates(@Parameter(description = "年度") @QueryParam("year") Integer year) {
        return service.listRates(year);
    }

    @GET
    @Path("/payouts")
    @Operation(operationId = "computeRewardPayouts", summary = "What each committee and mediator is owed for a year / 以奖代补核算",
            description = "Dossiers archived in the year within the caller's scope, each priced once at its grade's rate for that year.")
    @APIResponse(responseCode = "200", description = "The payouts")
    @APIResponse(responseCode = "400", description = "Year missing or out of range / 年度缺失或无效")
    public PayoutReport payouts(@Parameter(description = "年度（必填）", required = true) @QueryParam("year") Integer year) {
        return service.payouts(required(year));
    }

    @GET
    @Path("/payouts/committees")
    @Operation(operationId = "listCommitteePayouts", summary = "What each committee is owed for a year, paged / 以奖代补核算（按委员会，分页）",
            description = "Every committee line of the payouts report, by org unit and name.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Year missing or out of range, or bad paging / 年度或分页参数无效")
    public PageResult<PayoutReport.CommitteeLine> committeePayouts(
            @Parameter(description = "年度（必填）", required = true) @QueryParam("year") Integer year,
            @Valid @BeanParam PageRequest page) {
        return service.committeePayouts(required(year), page);
    }

    @GET
    @Path("/payouts/mediators")
    @Operation(operationId = "listMediatorPayouts", summary = "What each mediator is owed for a year, paged / 以奖代补核算（按调解员，分页）",
            description = "Every mediator line of the payouts report, by org unit and id; each dossier's reward in equal shares "
                    + "in cents, the cents left over to the lead mediator.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Year missing or out of range, or bad paging / 年度或分页参数无效")
    public PageResult<PayoutReport.MediatorLine> mediatorPayouts(
            @Parameter(description = "年度（必填）", required = true) @QueryParam("year") Integer year,
            @Valid @BeanParam PageRequest page) {
        return service.mediatorPayouts(required(year), page);
    }

    private static int required(Integer year) {
        if (year == null) {
            throw ApiException.invalid("year", "须提供年度 year");
        }
        return year;
    }
}
