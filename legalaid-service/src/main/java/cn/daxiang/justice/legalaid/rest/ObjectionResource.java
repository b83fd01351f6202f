package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.legalaid.api.DecideObjectionInput;
import cn.daxiang.justice.legalaid.api.ObjectionView;
import cn.daxiang.justice.legalaid.domain.ObjectionStatus;
import cn.daxiang.justice.legalaid.service.ObjectionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Objections to refusals; recorded under their application ({@code POST applications/{id}/objections}). */
@Path("/api/v1/legal-aid/objections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "objections", description = "异议（对不予法律援助决定）及司法行政部门的审查决定 / objections to refusals")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class ObjectionResource {

    @Inject
    ObjectionService service;

    @GET
    @Operation(operationId = "listObjections", summary = "List objections in the caller's scope / 查询")
    public PageResult<ObjectionView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "被异议的申请 id") @QueryParam("applicationId") UUID applicationId,
            @Parameter(description = "PENDING 待审查 | DECIDED 已作出决定") @QueryParam("status") ObjectionStatus status,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, applicationId, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getObjection", summary = "Read one objection with its review clock / 查看")
    @APIResponse(responseCode = "200", description = "The record")
    public ObjectionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/decide")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "decideObjection", summary = "The bureau's decision: uphold or order correction / 异议审查决定",
            description = "By the bureau (司法行政部门, 法律援助法第四十九条), so district-admin only; once (409 when decided). "
                    + "Send the version in `version` or `If-Match`. What CORRECTED does to the application is not yet recorded.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "Already decided / 已作出决定")
    public ObjectionView decide(@PathParam("id") UUID id,
                                @Parameter(description = "Version the decision is based on, e.g. \"1\"") @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull DecideObjectionInput input) {
        return service.decide(id, ifMatch, input);
    }
}
