package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.DutyLawyerServiceInput;
import cn.daxiang.justice.legalaid.api.DutyLawyerServiceView;
import cn.daxiang.justice.legalaid.domain.DutyServiceKind;
import cn.daxiang.justice.legalaid.service.DutyLawyerServices;
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

@Path("/api/v1/legal-aid/duty-lawyer-services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "duty-lawyer-services", description = "值班律师法律帮助（法律援助工作站） / duty lawyers' services")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class DutyLawyerServiceResource {

    @Context
    UriInfo uri;

    @Inject
    DutyLawyerServices service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createDutyLawyerService", summary = "Register a duty lawyer's service / 登记")
    public RestResponse<DutyLawyerServiceView> create(@Valid @NotNull DutyLawyerServiceInput input) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listDutyLawyerServices", summary = "List duty lawyers' services in the caller's scope / 查询")
    public PageResult<DutyLawyerServiceView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "法律帮助类型") @QueryParam("kind") DutyServiceKind kind,
            @Parameter(description = "值班律师") @QueryParam("providerId") UUID providerId,
            @Parameter(description = "法律援助工作站") @QueryParam("servicePointId") UUID servicePointId,
            @Parameter(description = "服务日期起 (YYYY-MM-DD)") @QueryParam("servedFrom") LocalDate servedFrom,
            @Parameter(description = "服务日期止 (YYYY-MM-DD)") @QueryParam("servedTo") LocalDate servedTo,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, kind, providerId, servicePointId, servedFrom, servedTo, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDutyLawyerService", summary = "Read one duty lawyer's service / 查看")
    @APIResponse(responseCode = "200", description = "The record")
    public DutyLawyerServiceView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateDutyLawyerService", summary = "Replace a duty lawyer's service / 修改",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public DutyLawyerServiceView update(@PathParam("id") UUID id,
                                        @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                                        @Valid @NotNull DutyLawyerServiceInput input) {
        return service.update(id, ifMatch, input);
    }
}
