package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.domain.Operator;
import cn.daxiang.justice.evaluation.domain.Severity;

/** What the calculator needs of a validation rule (one version of it). */
public record RuleDefinition(String code, String left, Operator operator, String right, Severity severity,
                             String message, long version) {
}
