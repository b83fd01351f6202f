package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.rest.Created;
import cn.daxiang.justice.kit.security.Roles;
import cn.daxiang.justice.mediation.api.ScreeningInput;
import cn.daxiang.justice.mediation.api.ScreeningView;
import cn.daxiang.justice.mediation.service.ScreeningService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/mediation/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "screenings", description = "矛盾纠纷排查 / screening reports, including zero reports (零上报)")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK, Roles.PROVINCIAL_READER})
public class ScreeningResource {

    @Context
    UriInfo uri;

    @Inject
    ScreeningService screenings;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "createScreening", summary = "File a screening report / 上报排查情况",
            description = "disputesFound = 0 files a zero report (零上报), which differs from filing nothing.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "409", description = "The id or the org unit's report for the period exists / 已存在")
    public RestResponse<ScreeningView> create(@Valid @NotNull ScreeningInput input) {
        return Created.at(uri, screenings.create(input));
    }

    @GET
    @Operation(operationId = "listScreenings", summary = "List screening reports / 查询排查报告")
    public PageResult<ScreeningView> list(
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "只看零上报 / 非零上报") @QueryParam("zeroReport") Boolean zeroReport,
            @Parameter(description = "期间与此日期之后有交集") @QueryParam("periodFrom") LocalDate periodFrom,
            @Parameter(description = "期间与此日期之前有交集") @QueryParam("periodTo") LocalDate periodTo,
            @Valid @BeanParam PageRequest page) {
        return screenings.list(orgUnit, zeroReport, periodFrom, periodTo, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getScreening", summary = "Read one screening report / 查看排查报告")
    @APIResponse(responseCode = "200", description = "The report")
    public ScreeningView get(@PathParam("id") UUID id) {
        return screenings.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_CLERK})
    @Operation(operationId = "updateScreening", summary = "Correct a screening report / 修改排查报告",
            description = "Send `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "The org unit's report for the period exists / 已存在")
    public ScreeningView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ScreeningInput input) {
        return screenings.update(id, ifMatch, input);
    }
}
