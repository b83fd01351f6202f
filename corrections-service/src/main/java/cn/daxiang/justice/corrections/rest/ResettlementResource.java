package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.ResettlementInput;
import cn.daxiang.justice.corrections.api.ResettlementView;
import cn.daxiang.justice.corrections.domain.ResettlementSource;
import cn.daxiang.justice.corrections.domain.ResettlementStatus;
import cn.daxiang.justice.corrections.service.ResettlementService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.kit.person.PersonQuery;
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

@Path("/api/v1/corrections/resettlement/persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "resettlement", description = "安置帮教 / resettlement and support")
public class ResettlementResource {

    @Context
    UriInfo uri;

    @Inject
    ResettlementService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createResettlementPerson", summary = "Register / 登记安置帮教对象")
    public RestResponse<ResettlementView> create(@Valid @NotNull ResettlementInput input) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listResettlementPersons", summary = "List in the caller's scope / 查询安置帮教对象")
    public PageResult<ResettlementView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "PRISON_RELEASE 刑满释放 | CORRECTION_RELEASE 解除矫正") @QueryParam("source") ResettlementSource source,
            @Parameter(description = "IN_SUPPORT 帮教中 | ENDED 帮教结束") @QueryParam("status") ResettlementStatus status,
            @Parameter(description = "Key targets only, or none / 是否重点帮教对象") @QueryParam("keyTarget") Boolean keyTarget,
            @Parameter(description = "Handed over at release (true) or not yet / 是否已衔接") @QueryParam("handoverDone") Boolean handoverDone,
            @Parameter(description = "Received on or after / 接收日期起") @QueryParam("receivedFrom") LocalDate receivedFrom,
            @Parameter(description = "Received on or before / 接收日期止") @QueryParam("receivedTo") LocalDate receivedTo,
            @BeanParam PersonQuery person,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, source, status, keyTarget, handoverDone, receivedFrom, receivedTo, person, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResettlementPerson", summary = "Read one / 查看安置帮教对象")
    @APIResponse(responseCode = "200", description = "The record")
    public ResettlementView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateResettlementPerson", summary = "Replace / 修改安置帮教对象",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    public ResettlementView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ResettlementInput input) {
        return service.update(id, ifMatch, input);
    }
}
