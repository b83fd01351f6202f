package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.AbscondingCaseInput;
import cn.daxiang.justice.corrections.api.AbscondingCaseView;
import cn.daxiang.justice.corrections.service.AbscondingCaseService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** A subject's absconding cases (脱管): opened and listed under the subject, searched and ended at {@code absconding-cases/{id}}. */
@Path("/api/v1/corrections/subjects/{id}/absconding-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "absconding-cases", description = AbscondingCaseResource.TAG)
public class SubjectAbscondingResource {

    @Context
    UriInfo uri;

    @Inject
    AbscondingCaseService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createAbscondingCase", summary = "Open an absconding case / 脱管立案查找",
            description = "In the subject's org unit; the discovery date within the correction. One open case per subject.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AbscondingCaseView.class)))
    @APIResponse(responseCode = "400", description = "Dates out of the correction / 日期不在矫正期间内")
    @APIResponse(responseCode = "409", description = "A case is open already / 已有正在查找的案件")
    public RestResponse<AbscondingCaseView> create(@PathParam("id") UUID id, @Valid @NotNull AbscondingCaseInput input) {
        return Created.in(uri, AbscondingCaseResource.class, service.create(id, input));
    }

    @GET
    @Operation(operationId = "listSubjectAbscondingCases", summary = "A subject's absconding cases / 对象的脱管案件")
    public PageResult<AbscondingCaseView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.ofSubject(id, page);
    }
}
