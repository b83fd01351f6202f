package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.TargetInput;
import cn.daxiang.justice.evaluation.api.TargetView;
import cn.daxiang.justice.evaluation.service.TargetService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Targets set from above (省厅下达任务): one per org unit, year and metric. */
@Path("/api/v1/evaluation/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "targets", description = "任务指标 / targets set from above (省厅下达任务)")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class TargetResource {

    @Inject
    TargetService targets;

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createTarget", summary = "Record a target / 登记任务指标",
            description = "One target per org unit, year and metric; a second one answers 409.")
    @APIResponseSchema(value = TargetView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "The id, or a target for this org unit, year and metric, exists already / 记录已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TargetView> create(@Valid @NotNull TargetInput input, @Context UriInfo uri) {
        return Created.at(uri, targets.create(input));
    }

    @GET
    @Operation(operationId = "listTargets", summary = "List targets in the caller's scope / 查询任务指标")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<TargetView> list(
            @Parameter(description = "Year / 年度", example = "2021") @QueryParam("year") Integer year,
            @Parameter(description = ORG_UNIT) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = METRIC, example = "legalaid.cases.accepted") @QueryParam("metric") String metric,
            @Valid @BeanParam PageRequest page) {
        return targets.list(year, orgUnit, metric, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTarget", summary = "Read one target / 查看任务指标")
    @APIResponse(responseCode = "200", description = "The target")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public TargetView get(@PathParam("id") UUID id) {
        return targets.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateTarget", summary = "Replace a target / 修改任务指标", description = UPDATE)
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Another target for this org unit, year and metric exists / 任务指标重复")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_VERSION)
    public TargetView update(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull TargetInput input) {
        return targets.update(id, ifMatch, input);
    }
}
