package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.ScoringMethod;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of a scorecard: a dimension (children, no method) whose points are its children's sum, or a leaf (a method,
 * no children). Stored as it is sent, in the scorecard's {@code items}.
 */
@Schema(name = "ScorecardItem", description = "评分体系的指标（维度或末级指标） / a dimension or a leaf of a scorecard")
public record ScorecardItemInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = KEY_PATTERN, message = "指标键应为字母、数字、点、下划线或连字符，如 OUTPUT_MEDIATION")
        @Schema(description = "Stable key, unique in the scorecard (manual scores name it) / 指标键", example = "OUTPUT_MEDIATION",
                pattern = KEY_PATTERN) String key,
        @NotBlank @Size(max = 200) @Schema(description = "名称", example = "人民调解") String name,
        @NotNull @DecimalMin(value = "0", message = "分值不能为负数") @Digits(integer = 3, fraction = 2, message = "分值最多两位小数")
        @Schema(description = "分值（一级指标之和为100，维度等于其下级之和）", example = "10") BigDecimal points,
        @Schema(description = "评分方法（末级指标必填，维度不填）", nullable = true) ScoringMethod method,
        @Size(max = 60) @Schema(description = "所评的评价指标代码（FULL_AT_TARGET、PROPORTIONAL、BANDED）", nullable = true,
                example = "MEDIATION_SUCCESS_RATE") String indicator,
        @Size(max = ExpressionParser.MAX_LENGTH)
        @Schema(description = "目标值：数字或表达式（如 target:mediation.successRate），FULL_AT_TARGET、PROPORTIONAL 必填", nullable = true,
                example = "95") String target,
        @Size(max = 10) @Schema(description = "分档（BANDED）", nullable = true) List<@Valid @NotNull BandInput> bands,
        @Size(max = 30) @Schema(description = "校验规则代码（DEDUCTION）", nullable = true) List<@NotBlank @Size(max = 60) String> rules,
        @DecimalMin(value = "0", inclusive = false, message = "扣分应大于0") @Digits(integer = 3, fraction = 2, message = "扣分最多两位小数")
        @Schema(description = "每条未通过的校验规则扣分（DEDUCTION）", nullable = true, example = "1") BigDecimal deduction,
        @Size(max = 1000) @Schema(description = "评分标准说明", nullable = true) String criteria,
        @Size(max = 30) @Schema(description = "下级指标（维度）", nullable = true) List<@Valid @NotNull ScorecardItemInput> children) {

    public static final String KEY_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]*";

    public boolean leaf() {
        return children == null || children.isEmpty();
    }
}
