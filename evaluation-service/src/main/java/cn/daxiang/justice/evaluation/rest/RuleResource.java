package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.DefinitionVersionView;
import cn.daxiang.justice.evaluation.api.RuleInput;
import cn.daxiang.justice.evaluation.api.RuleView;
import cn.daxiang.justice.evaluation.service.RuleService;
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

/** Validation rules (校验规则); a PUT writes a new version and every version is kept. */
@Path("/api/v1/evaluation/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rules", description = "校验规则 / validation rules")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = "No or invalid token / 未认证",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed / 无权限",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RuleResource {

    @Inject
    RuleService service;

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createRule", summary = "Define a validation rule / 新增校验规则", description = "Left and right are expressions like an indicator's; a malformed one answers 400 naming the field.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input / 输入不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id or the code exists already / 记录已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull RuleInput input) {
        RuleView created = service.create(input);
        return Response.created(URI.create("/api/v1/evaluation/rules/" + created.id()))
                .tag(String.valueOf(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listRules", summary = "List validation rules that apply in the caller's scope / 查询校验规则")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<RuleView> list(
            @Parameter(description = "Code, exact / 代码") @QueryParam("code") String code,
            @Parameter(description = "Only active (true) or retired (false) definitions / 是否启用") @QueryParam("active") Boolean active,
            @Valid @BeanParam PageRequest page) {
        return service.list(code, active, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRule", summary = "Read the current version of a rule / 查看校验规则")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope / 不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        RuleView view = service.get(id);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listRuleVersions", summary = "Every version of a rule / 校验规则历史版本",
            description = "Every version ever written, oldest first; a run names the version it used.")
    @APIResponse(responseCode = "200", description = "All versions",
            content = @Content(schema = @Schema(implementation = DefinitionVersionView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope / 不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DefinitionVersionView versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateRule", summary = "Write the next version of a rule / 修改校验规则（生成新版本）",
            description = "The code cannot change. Send the version the change is based on in `version` or `If-Match`; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input / 输入不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope / 不存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id or the code exists already / 记录已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale version / 版本已过期",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No version given / 缺少版本号",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "Version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull RuleInput input) {
        RuleView view = service.update(id, ifMatch, input);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }
}
