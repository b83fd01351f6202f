package cn.daxiang.justice.evaluation.calc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One validation rule of a run: both sides' values and whether the comparison held. */
@Schema(name = "RuleResult", description = "校验规则结果 / one validation rule of a run")
public record RuleResult(
        @Schema(example = "CORRECTIONS_ACTIVE_BY_TYPE") String code,
        @Schema(implementation = String.class, enumeration = {"PASS", "FAIL", "SKIPPED"}) Verdict result,
        @Schema(enumeration = {"ERROR", "WARNING"}) String severity,
        @Schema(example = "EQUAL_TO") String operator,
        @Schema(description = "Value of the left side; null when skipped", example = "148", nullable = true) BigDecimal left,
        @Schema(description = "Value of the right side; null when skipped", example = "147", nullable = true) BigDecimal right,
        @Schema(description = "左侧表达式") String leftExpression,
        @Schema(description = "右侧表达式") String rightExpression,
        @Schema(description = "规则说明（中文）") String message,
        @Schema(description = "Why the rule was skipped / 跳过原因", nullable = true) String reason,
        @Schema(description = "The version of the rule used / 规则版本") long definitionVersion) {

    /** SKIPPED when a side could not be computed. */
    public enum Verdict {
        PASS,
        FAIL,
        SKIPPED
    }
}
