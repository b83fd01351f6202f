package cn.daxiang.justice.evaluation.calc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One indicator of a run, with the numerator and denominator it was computed from. */
@Schema(name = "IndicatorResult", description = "评价指标计算结果 / one indicator of a run")
public record IndicatorResult(
        @Schema(example = "LEGALAID_TASK_COMPLETION_RATE") String code,
        @Schema(description = "中文名称", example = "法律援助案件任务完成率") String name,
        @Schema(description = "English name") String nameEn,
        @Schema(description = "单位", example = "%") String unit,
        @Schema(description = "numerator × factor ÷ denominator, rounded half-up; null unless status is OK", example = "156.1", nullable = true)
        BigDecimal value,
        @Schema(example = "593", nullable = true) BigDecimal numerator,
        @Schema(example = "380", nullable = true) BigDecimal denominator,
        @Schema(implementation = String.class, enumeration = {"OK", "UNAVAILABLE", "NO_DATA"}) Status status,
        @Schema(description = "Why there is no value / 无值原因", nullable = true) String reason,
        @Schema(description = "The denominator was 0: value is null, not 0 / 分母为0") boolean zeroDenominator,
        @Schema(description = "Grade from the definition's thresholds, if any / 等级", nullable = true) String grade,
        @Schema(description = "Weight, if any / 权重", nullable = true) BigDecimal weight,
        @Schema(description = "The version of the definition used / 指标定义版本") long definitionVersion) {

    /** OK with a value; UNAVAILABLE when a line it needs did not answer; NO_DATA when a figure is missing or the denominator is 0. */
    public enum Status {
        OK,
        UNAVAILABLE,
        NO_DATA
    }
}
