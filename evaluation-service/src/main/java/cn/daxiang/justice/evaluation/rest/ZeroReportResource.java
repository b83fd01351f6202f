package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.ZeroReportInput;
import cn.daxiang.justice.evaluation.api.ZeroReportView;
import cn.daxiang.justice.evaluation.service.ZeroReportService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Zero reports (零报告): an office had nothing to record in a line in a month; the completeness of runs counts them. */
@Path("/api/v1/evaluation/zero-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "zero-reports", description = "零报告 / zero reports of the offices")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class ZeroReportResource {

    @Inject
    ZeroReportService service;

    @POST
    @RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createZeroReport", summary = "File a zero report / 填报零报告",
            description = "One per office, line and month (409 for a second). A township clerk files for its own office only.")
    @APIResponseSchema(value = ZeroReportView.class, responseCode = "201", responseDescription = "The zero report")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "A zero report of this office, line and month exists already / 已填报")
    public RestResponse<ZeroReportView> create(@Valid @NotNull ZeroReportInput input, @Context UriInfo uri) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listZeroReports", summary = "List zero reports in the caller's scope / 查询零报告")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<ZeroReportView> list(
            @Parameter(description = ORG_UNIT) @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "CORRECTIONS, MEDIATION or LEGAL_AID / 业务条线", example = "LEGAL_AID") @QueryParam("line") String line,
            @Parameter(description = "年度", example = "2021") @QueryParam("year") Integer year,
            @Parameter(description = "月份", example = "3") @QueryParam("month") Integer month,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, line, year, month, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getZeroReport", summary = "Read a zero report / 查看零报告")
    @APIResponse(responseCode = "200", description = "The zero report")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ZeroReportView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
