package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.EducationSessionInput;
import cn.daxiang.justice.corrections.api.EducationSessionView;
import cn.daxiang.justice.corrections.domain.EducationKind;
import cn.daxiang.justice.corrections.service.EducationService;
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

@Path("/api/v1/corrections/education-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "education-sessions", description = "教育矫正活动 / education sessions (attendances counted in person-times)")
public class EducationSessionResource {

    @Context
    UriInfo uri;

    @Inject
    EducationService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createEducationSession", summary = "Register / 登记教育矫正活动")
    public RestResponse<EducationSessionView> create(@Valid @NotNull EducationSessionInput input) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listEducationSessions", summary = "List in the caller's scope / 查询教育矫正活动")
    public PageResult<EducationSessionView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "COLLECTIVE 集中教育 | INDIVIDUAL 个别教育") @QueryParam("kind") EducationKind kind,
            @Parameter(description = "Held on or after / 活动日期起") @QueryParam("heldFrom") LocalDate heldFrom,
            @Parameter(description = "Held on or before / 活动日期止") @QueryParam("heldTo") LocalDate heldTo,
            @Parameter(description = "Attended by this subject / 参加的矫正对象") @QueryParam("subjectId") UUID subjectId,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, kind, heldFrom, heldTo, subjectId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEducationSession", summary = "Read one / 查看教育矫正活动")
    @APIResponse(responseCode = "200", description = "The record")
    public EducationSessionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateEducationSession", summary = "Replace / 修改教育矫正活动",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public EducationSessionView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull EducationSessionInput input) {
        return service.update(id, ifMatch, input);
    }
}
