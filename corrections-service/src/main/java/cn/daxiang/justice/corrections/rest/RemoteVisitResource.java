package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.RemoteVisitInput;
import cn.daxiang.justice.corrections.api.RemoteVisitView;
import cn.daxiang.justice.corrections.service.RemoteVisitService;
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

@Path("/api/v1/corrections/remote-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "remote-visits", description = "远程视频会见 / remote video visits")
public class RemoteVisitResource {

    @Context
    UriInfo uri;

    @Inject
    RemoteVisitService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createRemoteVisit", summary = "Register / 登记远程视频会见")
    public RestResponse<RemoteVisitView> create(@Valid @NotNull RemoteVisitInput input) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listRemoteVisits", summary = "List in the caller's scope / 查询远程视频会见")
    public PageResult<RemoteVisitView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Visited on or after / 会见日期起") @QueryParam("visitedFrom") LocalDate visitedFrom,
            @Parameter(description = "Visited on or before / 会见日期止") @QueryParam("visitedTo") LocalDate visitedTo,
            @Parameter(description = "Visits by this subject / 会见的矫正对象") @QueryParam("subjectId") UUID subjectId,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, visitedFrom, visitedTo, subjectId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRemoteVisit", summary = "Read one / 查看远程视频会见")
    @APIResponse(responseCode = "200", description = "The record")
    public RemoteVisitView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateRemoteVisit", summary = "Replace / 修改远程视频会见",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public RemoteVisitView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RemoteVisitInput input) {
        return service.update(id, ifMatch, input);
    }
}
