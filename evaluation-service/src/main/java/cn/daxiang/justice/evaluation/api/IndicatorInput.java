package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a client sends to define an indicator or to write its next version. */
@Schema(name = "IndicatorInput", description = "评价指标定义 / indicator definition")
public record IndicatorInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "定义所属机构：适用于该机构及其下级", example = "430503000000") String orgUnit,
        @NotBlank @Size(max = 60) @Pattern(regexp = CODE_PATTERN, message = "指标代码应为大写字母、数字与下划线，如 MEDIATION_SUCCESS_RATE")
        @Schema(description = "Stable code (cannot change) / 指标代码", example = "MEDIATION_SUCCESS_RATE", pattern = CODE_PATTERN) String code,
        @NotBlank @Size(max = 200) @Schema(description = "中文名称", example = "人民调解成功率") String nameZh,
        @NotBlank @Size(max = 200) @Schema(description = "English name", example = "Mediation success rate") String nameEn,
        @NotBlank @Size(max = ExpressionParser.MAX_LENGTH)
        @Schema(description = "分子：指标名称、target:指标名称、数字、+ - * 与括号", example = "mediation.disputes.succeeded") String numerator,
        @NotBlank @Size(max = ExpressionParser.MAX_LENGTH)
        @Schema(description = "分母（计数类指标为 1）", example = "mediation.disputes.mediated") String denominator,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "系数应大于0") @Digits(integer = 10, fraction = 4)
        @Schema(description = "系数（百分比为100）", example = "100") BigDecimal factor,
        @NotNull @Min(0) @Max(6) @Schema(description = "小数位数", example = "1") Integer decimals,
        @NotBlank @Size(max = 20) @Schema(description = "单位", example = "%") String unit,
        @NotNull @Schema(description = "方向") Direction direction,
        @Size(max = 10) @Schema(description = "评分档次（可选）") List<@Valid GradeInput> grades,
        @DecimalMin("0") @Digits(integer = 5, fraction = 4) @Schema(description = "权重（可选）", example = "10") BigDecimal weight,
        @Schema(description = "是否启用，默认启用") Boolean active,
        @Size(max = 1000) @Schema(description = "口径说明") String description,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements DefinitionInput {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]*";
}
