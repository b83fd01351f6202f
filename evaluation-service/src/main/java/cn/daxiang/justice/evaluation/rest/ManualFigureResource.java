package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.ManualFigureInput;
import cn.daxiang.justice.evaluation.api.ManualFigureView;
import cn.daxiang.justice.evaluation.service.ManualFigureService;
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

import java.time.LocalDate;
import java.util.UUID;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Figures entered by hand (人工填报) for lines without a service and for years before the records begin. */
@Path("/api/v1/evaluation/manual-figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "manual-figures", description = "人工填报 / manual figures")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class ManualFigureResource {

    static final String EXISTS = "The id, or a figure for this metric, org unit and period, exists already / 记录已存在";

    @Inject
    ManualFigureService service;

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createManualFigure", summary = "Enter a figure by hand / 人工填报数据", description = "One figure per metric, org unit and period. Where a service reports the same metric for the same org unit and period, a run uses the service value and shows the disagreement as a warning, except for periods that start before the service's recordsCompleteFrom, where the manual figure stands.")
    @APIResponseSchema(value = ManualFigureView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = EXISTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ManualFigureView> create(@Valid @NotNull ManualFigureInput input, @Context UriInfo uri) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listManualFigures", summary = "List manual figures in the caller's scope / 查询人工填报数据")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<ManualFigureView> list(
            @Parameter(description = ORG_UNIT) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = METRIC, example = "reconsideration.received") @QueryParam("metric") String metric,
            @Parameter(description = "Periods ending on or after / 期间截止不早于", example = "2021-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Periods starting on or before / 期间起始不晚于", example = "2021-12-31") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, metric, from, to, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getManualFigure", summary = "Read one manual figure / 查看人工填报数据")
    @APIResponse(responseCode = "200", description = "The current version")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ManualFigureView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateManualFigure", summary = "Correct a manual figure / 修改人工填报数据", description = UPDATE)
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = EXISTS)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_VERSION)
    public ManualFigureView update(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                   @Valid @NotNull ManualFigureInput input) {
        return service.update(id, ifMatch, input);
    }
}
