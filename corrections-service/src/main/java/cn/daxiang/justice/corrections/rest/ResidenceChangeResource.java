package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.HandoverOfFileInput;
import cn.daxiang.justice.corrections.api.ResidenceChangeView;
import cn.daxiang.justice.corrections.service.ResidenceChangeService;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** One change of the place of execution by its id, and the file's hand-over; they are requested under their subject. */
@Path("/api/v1/corrections/residence-changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "residence-changes", description = "变更执行地（审批、转移或转出、档案移交） / changes of the place of execution")
public class ResidenceChangeResource {

    @Inject
    ResidenceChangeService service;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResidenceChange", summary = "Read one / 查看变更执行地记录")
    @APIResponse(responseCode = "200", description = "The record")
    public ResidenceChangeView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "handOverFile", summary = "Register the file's hand-over / 登记档案移交",
            description = "Only an approved change out of the district, once.")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "409", description = "Not an approved change out of the district, or handed over already / 不可移交")
    public ResidenceChangeView handOver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @Valid @NotNull HandoverOfFileInput input) {
        return service.registerHandover(id, ifMatch, input);
    }
}
