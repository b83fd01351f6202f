package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.ConsultationInput;
import cn.daxiang.justice.legalaid.api.ConsultationView;
import cn.daxiang.justice.legalaid.domain.ConsultationChannel;
import cn.daxiang.justice.legalaid.service.ConsultationService;
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

@Path("/api/v1/legal-aid/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consultations", description = "法律咨询（来访、12348热线、网上） / legal consultations")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class ConsultationResource {

    @Context
    UriInfo uri;

    @Inject
    ConsultationService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createConsultation", summary = "Register a consultation / 登记")
    public RestResponse<ConsultationView> create(@Valid @NotNull ConsultationInput input) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listConsultations", summary = "List consultations in the caller's scope / 查询")
    public PageResult<ConsultationView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "VISIT 来访 | HOTLINE_12348 12348热线 | ONLINE 网上") @QueryParam("channel") ConsultationChannel channel,
            @Parameter(description = "咨询日期起 (YYYY-MM-DD)") @QueryParam("consultedFrom") LocalDate consultedFrom,
            @Parameter(description = "咨询日期止 (YYYY-MM-DD)") @QueryParam("consultedTo") LocalDate consultedTo,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, channel, consultedFrom, consultedTo, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConsultation", summary = "Read one consultation / 查看")
    @APIResponse(responseCode = "200", description = "The record")
    public ConsultationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateConsultation", summary = "Replace a consultation / 修改",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public ConsultationView update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ConsultationInput input) {
        return service.update(id, ifMatch, input);
    }
}
