package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.ProviderInput;
import cn.daxiang.justice.legalaid.api.ProviderView;
import cn.daxiang.justice.legalaid.api.WorkloadView;
import cn.daxiang.justice.legalaid.domain.ProviderKind;
import cn.daxiang.justice.legalaid.service.ProviderService;
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

@Path("/api/v1/legal-aid/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "providers", description = "法律援助人员（律师、律师事务所、基层法律服务工作者） / legal aid providers")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class ProviderResource {

    @Context
    UriInfo uri;

    @Inject
    ProviderService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createProvider", summary = "Register a provider / 登记")
    public RestResponse<ProviderView> create(@Valid @NotNull ProviderInput input) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listProviders", summary = "List providers in the caller's scope / 查询")
    public PageResult<ProviderView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "LAWYER 律师 | LAW_FIRM 律师事务所 | GRASSROOTS_LEGAL_WORKER 基层法律服务工作者") @QueryParam("kind") ProviderKind kind,
            @Parameter(description = "资深人员") @QueryParam("senior") Boolean senior,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, kind, senior, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProvider", summary = "Read one provider / 查看")
    @APIResponse(responseCode = "200", description = "The record")
    public ProviderView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateProvider", summary = "Replace a provider / 修改",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public ProviderView update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ProviderInput input) {
        return service.update(id, ifMatch, input);
    }

    @GET
    @Path("/{id}/workload")
    @Operation(operationId = "getProviderWorkload", summary = "Cases assigned per year and open now / 承办工作量",
            description = "So that assignments can be spread fairly (均衡指派).")
    @APIResponse(responseCode = "200", description = "The workload")
    public WorkloadView workload(@PathParam("id") UUID id) {
        return service.workload(id);
    }
}
