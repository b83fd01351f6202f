package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.TargetInput;
import cn.daxiang.justice.evaluation.api.TargetView;
import cn.daxiang.justice.evaluation.service.TargetService;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/evaluation/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "targets", description = "任务指标 / targets set from above (省厅下达任务)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = "No or invalid token / 未认证",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed / 无权限",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TargetResource {

    @Inject
    TargetService targets;

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createTarget", summary = "Record a target / 登记任务指标",
            description = "One target per org unit, year and metric; a second one answers 409.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input / 输入不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id, or a target for this org unit, year and metric, exists already / 记录已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull TargetInput input) {
        TargetView created = targets.create(input);
        return Response.created(URI.create("/api/v1/evaluation/targets/" + created.id()))
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listTargets", summary = "List targets in the caller's scope / 查询任务指标")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<TargetView> list(
            @Parameter(description = "Year / 年度", example = "2021") @QueryParam("year") Integer year,
            @Parameter(description = "Org unit; includes every unit below it / 机构代码（含下级）") @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Metric name, exact / 指标名称", example = "legalaid.cases.accepted") @QueryParam("metric") String metric,
            @Valid @BeanParam PageRequest page) {
        return targets.list(year, orgUnit, metric, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTarget", summary = "Read one target / 查看任务指标")
    @APIResponse(responseCode = "200", description = "The target",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope / 不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        TargetView view = targets.get(id);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateTarget", summary = "Replace a target / 修改任务指标",
            description = "Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input / 输入不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope / 不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another target for this org unit, year and metric exists / 任务指标重复",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale version / 版本已过期",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No version given / 缺少版本号",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TargetInput input) {
        TargetView view = targets.update(id, ifMatch, input);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }
}
