package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.ResidenceChangeInput;
import cn.daxiang.justice.corrections.api.ResidenceChangeView;
import cn.daxiang.justice.corrections.service.ResidenceChangeService;
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

/** A subject's changes of the place of execution (变更执行地): recorded here, each with its approval opened at once. */
@Path("/api/v1/corrections/subjects/{id}/residence-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "residence-changes", description = "变更执行地（审批、转移或转出、档案移交） / changes of the place of execution")
public class SubjectResidenceChangeResource {

    @Context
    UriInfo uri;

    @Inject
    ResidenceChangeService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createResidenceChange", summary = "Request a change of the place of execution / 登记变更执行地申请",
            description = "Opens its approval (kind RESIDENCE_CHANGE) at once: the office signs its opinion, the district bureau "
                    + "decides. Within the district (newOrgUnit) the subject and its file move on approval; out of it (newPlace) "
                    + "the correction ends here as TRANSFERRED and the file is handed over.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ResidenceChangeView.class)))
    @APIResponse(responseCode = "409", description = "Not in correction, or a request already open / 非在矫或已有审批中的申请")
    public RestResponse<ResidenceChangeView> create(@PathParam("id") UUID id, @Valid @NotNull ResidenceChangeInput input) {
        return Created.in(uri, ResidenceChangeResource.class, service.add(id, input));
    }

    @GET
    @Operation(operationId = "listResidenceChanges", summary = "A subject's changes of the place of execution / 变更执行地记录")
    public PageResult<ResidenceChangeView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.list(id, page);
    }
}
