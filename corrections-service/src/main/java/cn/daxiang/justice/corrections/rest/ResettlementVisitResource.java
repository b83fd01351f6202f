package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.api.ResettlementVisitInput;
import cn.daxiang.justice.corrections.api.ResettlementVisitView;
import cn.daxiang.justice.corrections.domain.ResettlementVisitKind;
import cn.daxiang.justice.corrections.service.ResettlementVisitService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** 帮教 visits; recorded under their person ({@code POST resettlement/persons/{id}/visits}). */
@Path("/api/v1/corrections/resettlement/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
@Tag(name = "resettlement-visits", description = "帮教走访记录 / resettlement support visits")
public class ResettlementVisitResource {

    @Inject
    ResettlementVisitService service;

    @GET
    @Operation(operationId = "listResettlementVisits", summary = "List in the caller's scope / 查询帮教走访记录")
    public PageResult<ResettlementVisitView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "方式：HOME_VISIT, TALK, PHONE, ASSISTANCE") @QueryParam("kind") ResettlementVisitKind kind,
            @Parameter(description = "On or after / 日期起") @QueryParam("from") LocalDate from,
            @Parameter(description = "On or before / 日期止") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnit, kind, from, to, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResettlementVisit", summary = "Read one / 查看帮教走访记录")
    @APIResponse(responseCode = "200", description = "The record")
    public ResettlementVisitView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateResettlementVisit", summary = "Correct / 修改帮教走访记录",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412. "
                    + "The person stays the same.")
    public ResettlementVisitView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                        @Valid @NotNull ResettlementVisitInput input) {
        return service.update(id, ifMatch, input);
    }
}
