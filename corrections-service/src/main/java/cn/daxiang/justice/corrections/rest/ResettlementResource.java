package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.ResettlementInput;
import cn.daxiang.justice.corrections.api.ResettlementView;
import cn.daxiang.justice.corrections.domain.ResettlementSource;
import cn.daxiang.justice.corrections.domain.ResettlementStatus;
import cn.daxiang.justice.corrections.service.ResettlementService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.Problem;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/corrections/resettlement/persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "resettlement", description = "安置帮教 / resettlement and support")
public class ResettlementResource {

    static final String BASE = "/api/v1/corrections/resettlement/persons/";

    @Inject
    ResettlementService service;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createResettlementPerson", summary = "Register / 登记安置帮教对象")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ResettlementView.class)))
    @APIResponse(responseCode = "409", description = "The id exists already / 编号已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ResettlementInput input) {
        ResettlementView created = service.create(input);
        return Response.created(URI.create(BASE + created.id())).tag(String.valueOf(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listResettlementPersons", summary = "List in the caller's scope / 查询安置帮教对象")
    @APIResponse(responseCode = "200", description = "One page")
    public PageResult<ResettlementView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "PRISON_RELEASE 刑满释放 | CORRECTION_RELEASE 解除矫正") @QueryParam("source") ResettlementSource source,
            @Parameter(description = "IN_SUPPORT 帮教中 | ENDED 帮教结束") @QueryParam("status") ResettlementStatus status,
            @Parameter(description = "Key targets only, or none / 是否重点帮教对象") @QueryParam("keyTarget") Boolean keyTarget,
            @Parameter(description = "Received on or after / 接收日期起") @QueryParam("receivedFrom") LocalDate receivedFrom,
            @Parameter(description = "Received on or before / 接收日期止") @QueryParam("receivedTo") LocalDate receivedTo,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, source, status, keyTarget, receivedFrom, receivedTo, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResettlementPerson", summary = "Read one / 查看安置帮教对象")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = ResettlementView.class)))
    public Response get(@PathParam("id") UUID id) {
        ResettlementView view = service.get(id);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateResettlementPerson", summary = "Replace / 修改安置帮教对象",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ResettlementView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ResettlementInput input) {
        ResettlementView view = service.update(id, ifMatch, input);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }
}
