package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.DefinitionVersionView;
import cn.daxiang.justice.evaluation.api.RuleInput;
import cn.daxiang.justice.evaluation.api.RuleView;
import cn.daxiang.justice.evaluation.service.RuleService;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.rest.Created;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

import static cn.daxiang.justice.evaluation.rest.Answers.*;

/** Validation rules (校验规则); a PUT writes a new version and every version is kept. */
@Path("/api/v1/evaluation/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rules", description = "校验规则 / validation rules")
@RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN, Roles.PROVINCIAL_READER, Roles.TOWNSHIP_CLERK, Roles.SERVICE})
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class RuleResource {

    @Inject
    RuleService service;

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createRule", summary = "Define a validation rule / 新增校验规则", description = "Left and right are expressions like an indicator's; a malformed one answers 400 naming the field.")
    @APIResponseSchema(value = RuleView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = DEFINITION_EXISTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RuleView> create(@Valid @NotNull RuleInput input, @Context UriInfo uri) {
        return Created.at(uri, service.create(input));
    }

    @GET
    @Operation(operationId = "listRules", summary = "List validation rules that apply in the caller's scope / 查询校验规则")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = INVALID_FILTER)
    public PageResult<RuleView> list(@Parameter(description = CODE) @QueryParam("code") String code,
                                     @Parameter(description = ACTIVE) @QueryParam("active") Boolean active,
                                     @Valid @BeanParam PageRequest page) {
        return service.list(code, active, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRule", summary = "Read the current version of a rule / 查看校验规则")
    @APIResponse(responseCode = "200", description = "The current version")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public RuleView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listRuleVersions", summary = "Every version of a rule / 校验规则历史版本", description = VERSIONS)
    @APIResponse(responseCode = "200", description = "All versions")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public DefinitionVersionView versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateRule", summary = "Write the next version of a rule / 修改校验规则（生成新版本）", description = DEFINITION_UPDATE)
    @DefinitionUpdateAnswers
    public RuleView update(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull RuleInput input) {
        return service.update(id, ifMatch, input);
    }
}
