package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.ResettlementVisitInput;
import cn.daxiang.justice.corrections.api.ResettlementVisitView;
import cn.daxiang.justice.corrections.service.ResettlementVisitService;
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

/** A person's 帮教 visits: recorded and listed under the person, read and corrected at {@code resettlement/visits/{id}}. */
@Path("/api/v1/corrections/resettlement/persons/{id}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "resettlement-visits")
public class ResettlementPersonVisitResource {

    @Context
    UriInfo uri;

    @Inject
    ResettlementVisitService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createResettlementVisit", summary = "Record a support visit / 登记帮教走访",
            description = "In the person's org unit. The date is not in the future, within the 帮教 period: from the release "
                    + "to its end.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ResettlementVisitView.class)))
    public RestResponse<ResettlementVisitView> create(@PathParam("id") UUID id, @Valid @NotNull ResettlementVisitInput input) {
        return Created.in(uri, ResettlementVisitResource.class, service.create(id, input));
    }

    @GET
    @Operation(operationId = "listResettlementPersonVisits", summary = "A person's support visits / 对象的帮教走访记录")
    public PageResult<ResettlementVisitView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.ofPerson(id, page);
    }
}
