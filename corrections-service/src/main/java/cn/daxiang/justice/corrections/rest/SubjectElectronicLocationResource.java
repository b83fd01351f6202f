package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.ElectronicLocationInput;
import cn.daxiang.justice.corrections.api.ElectronicLocationView;
import cn.daxiang.justice.corrections.service.ElectronicLocationService;
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

/** A subject's electronic-location decisions (电子定位, 社区矫正法 第二十九条). */
@Path("/api/v1/corrections/subjects/{id}/electronic-locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "electronic-locations", description = "电子定位 / electronic location (社区矫正法 第二十九条)")
public class SubjectElectronicLocationResource {

    @Context
    UriInfo uri;

    @Inject
    ElectronicLocationService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createElectronicLocation", summary = "Decide on electronic location / 决定使用电子定位",
            description = "Approved by the county bureau's head, for one of the five grounds of 第二十九条第一款, at most three months.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ElectronicLocationView.class)))
    @APIResponse(responseCode = "400", description = "More than three months, or dates out of order / 超过三个月或日期有误")
    @APIResponse(responseCode = "409", description = "Another location in that period, or the correction has ended / 期间重叠或已解除矫正")
    public RestResponse<ElectronicLocationView> create(@PathParam("id") UUID id, @Valid @NotNull ElectronicLocationInput input) {
        return Created.in(uri, ElectronicLocationResource.class, service.create(id, input));
    }

    @GET
    @Operation(operationId = "listElectronicLocations", summary = "A subject's electronic location / 电子定位记录")
    public PageResult<ElectronicLocationView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.list(id, page);
    }
}
