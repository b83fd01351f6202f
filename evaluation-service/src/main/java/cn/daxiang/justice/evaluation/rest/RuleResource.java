package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.evaluation.api.RuleInput;
import cn.daxiang.justice.evaluation.api.RuleView;
import cn.daxiang.justice.evaluation.service.RuleService;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static cn.daxiang.justice.evaluation.rest.Answers.FORBIDDEN;
import static cn.daxiang.justice.evaluation.rest.Answers.UNAUTHENTICATED;

/** Validation rules (校验规则). */
@Path("/api/v1/evaluation/rules")
@Tag(name = "rules", description = "校验规则 / validation rules")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class RuleResource extends DefinitionResource<RuleInput, RuleView> {

    RuleResource(RuleService service) {
        super(service);
    }
}
