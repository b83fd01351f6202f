package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.RuleInput;
import cn.daxiang.justice.evaluation.api.RuleView;
import cn.daxiang.justice.evaluation.domain.DefinitionVersion;
import cn.daxiang.justice.evaluation.domain.ValidationRule;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Validation rules (校验规则): left and right side must parse. */
@ApplicationScoped
public class RuleService extends DefinitionService<ValidationRule, RuleInput, RuleView> {

    RuleService() {
        super(ValidationRule.class, DefinitionVersion.RULE, "校验规则", "规则", ValidationRule::new,
                DefinitionMapper::apply, DefinitionMapper::toView, r -> r.code);
    }

    @Override
    protected Map<String, String> expressions(RuleInput input) {
        return sides("left", input.left(), "right", input.right());
    }
}
