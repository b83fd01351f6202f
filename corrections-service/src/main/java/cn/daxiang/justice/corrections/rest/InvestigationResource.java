package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.InvestigationInput;
import cn.daxiang.justice.corrections.api.InvestigationView;
import cn.daxiang.justice.corrections.domain.InvestigationStatus;
import cn.daxiang.justice.corrections.service.InvestigationService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/corrections/investigations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "investigations", description = "调查评估 / pre-sentence investigations and evaluations")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class InvestigationResource {

    @Context
    UriInfo uri;

    @Inject
    InvestigationService investigations;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createInvestigation", summary = "Register an investigation / 登记调查评估")
    public RestResponse<InvestigationView> create(@Valid @NotNull InvestigationInput input) {
        return Created.at(uri, investigations.create(input));
    }

    @GET
    @Operation(operationId = "listInvestigations", summary = "List investigations in the caller's scope / 查询调查评估")
    public PageResult<InvestigationView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "PENDING 评估中 | COMPLETED 已完成") @QueryParam("status") InvestigationStatus status,
            @Parameter(description = "Entrusted on or after / 委托日期起") @QueryParam("entrustedFrom") LocalDate entrustedFrom,
            @Parameter(description = "Entrusted on or before / 委托日期止") @QueryParam("entrustedTo") LocalDate entrustedTo,
            @Valid @BeanParam PageRequest page) {
        return investigations.list(orgUnit, status, entrustedFrom, entrustedTo, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInvestigation", summary = "Read one investigation / 查看调查评估")
    @APIResponse(responseCode = "200", description = "The investigation")
    public InvestigationView get(@PathParam("id") UUID id) {
        return investigations.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateInvestigation", summary = "Replace an investigation / 修改调查评估",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public InvestigationView update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull InvestigationInput input) {
        return investigations.update(id, ifMatch, input);
    }
}
