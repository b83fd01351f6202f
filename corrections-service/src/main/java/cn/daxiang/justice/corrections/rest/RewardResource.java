package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.RewardInput;
import cn.daxiang.justice.corrections.api.RewardView;
import cn.daxiang.justice.corrections.service.RewardService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** Rewards (表扬, 社区矫正法 第二十八条); recorded under their subject ({@code POST subjects/{id}/rewards}). */
@Path("/api/v1/corrections/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "rewards", description = RewardResource.TAG)
public class RewardResource {

    static final String TAG = "表扬（社区矫正法 第二十八条） / rewards";

    @Inject
    RewardService service;

    @GET
    @Operation(operationId = "listRewards", summary = "List in the caller's scope / 查询表扬记录")
    public PageResult<RewardView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Decided on or after / 决定日期起") @QueryParam("from") LocalDate from,
            @Parameter(description = "Decided on or before / 决定日期止") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, from, to, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReward", summary = "Read one / 查看表扬记录")
    @APIResponse(responseCode = "200", description = "The record")
    public RewardView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateReward", summary = "Correct / 修改表扬记录",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412. The subject stays the same.")
    public RewardView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RewardInput input) {
        return service.update(id, ifMatch, input);
    }
}
