package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.ConsultationInput;
import cn.daxiang.justice.legalaid.api.ConsultationView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import cn.daxiang.justice.legalaid.domain.ConsultationChannel;
import cn.daxiang.justice.legalaid.service.ConsultationService;

@Path("/api/v1/legal-aid/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consultations", description = "法律咨询（来访、12348热线、网上） / legal consultations")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class ConsultationResource {

    @Inject
    ConsultationService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createConsultation", summary = "Register a consultation / 登记")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    @APIResponse(responseCode = "409", description = "The id exists already / 编号已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ConsultationInput input) {
        ConsultationView created = service.create(input);
        return Response.created(URI.create("/api/v1/legal-aid/consultations/" + created.id()))
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listConsultations", summary = "List consultations in the caller's scope / 查询")
    @APIResponse(responseCode = "200", description = "One page")
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
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public Response get(@PathParam("id") UUID id) {
        ConsultationView view = service.get(id);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateConsultation", summary = "Replace a consultation / 修改",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ConsultationInput input) {
        ConsultationView view = service.update(id, ifMatch, input);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }
}
