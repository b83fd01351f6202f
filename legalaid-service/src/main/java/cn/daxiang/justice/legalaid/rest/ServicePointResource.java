package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.ServicePointInput;
import cn.daxiang.justice.legalaid.api.ServicePointView;
import cn.daxiang.justice.legalaid.domain.ServicePointLevel;
import cn.daxiang.justice.legalaid.domain.ServicePointStatus;
import cn.daxiang.justice.legalaid.service.ServicePointService;
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

import java.util.UUID;

@Path("/api/v1/legal-aid/service-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "service-points", description = "公共法律服务网络（中心、工作站、工作点） / public legal service network")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class ServicePointResource {

    @Context
    UriInfo uri;

    @Inject
    ServicePointService servicePoints;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createServicePoint", summary = "Register a service point / 登记公共法律服务网点")
    public RestResponse<ServicePointView> create(@Valid @NotNull ServicePointInput input) {
        return Created.at(uri, servicePoints.create(input));
    }

    @GET
    @Operation(operationId = "listServicePoints", summary = "List service points in the caller's scope / 查询公共法律服务网点")
    public PageResult<ServicePointView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "CENTER 中心 | WORKSTATION 工作站 | WORK_POINT 工作点") @QueryParam("level") ServicePointLevel level,
            @Parameter(description = "OPEN 运行 | CLOSED 关闭") @QueryParam("status") ServicePointStatus status,
            @Valid @BeanParam PageRequest page) {
        return servicePoints.list(orgUnit, level, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getServicePoint", summary = "Read one service point / 查看公共法律服务网点")
    @APIResponse(responseCode = "200", description = "The service point")
    public ServicePointView get(@PathParam("id") UUID id) {
        return servicePoints.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateServicePoint", summary = "Replace a service point / 修改公共法律服务网点",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public ServicePointView update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ServicePointInput input) {
        return servicePoints.update(id, ifMatch, input);
    }
}
