package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.Operator;
import cn.daxiang.justice.evaluation.domain.Severity;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The current version of a validation rule. */
@Schema(name = "Rule", description = "校验规则 / validation rule (current version)")
public record RuleView(UUID id, String orgUnit, long version, String code, String left, Operator operator,
                       @Schema(example = "<=") String operatorSymbol, String right, Severity severity, String message,
                       boolean active, Instant createdAt, Instant updatedAt) implements Versioned {
}
