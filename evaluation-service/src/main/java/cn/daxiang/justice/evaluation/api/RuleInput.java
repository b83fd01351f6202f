package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.Operator;
import cn.daxiang.justice.evaluation.domain.Severity;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What a client sends to define a validation rule or to write its next version. */
@Schema(name = "RuleInput", description = "校验规则定义 / validation rule definition")
public record RuleInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "定义所属机构：适用于该机构及其下级", example = "430503000000") String orgUnit,
        @NotBlank @Size(max = 60) @Pattern(regexp = IndicatorInput.CODE_PATTERN, message = "规则代码应为大写字母、数字与下划线")
        @Schema(description = "Stable code (cannot change) / 规则代码", example = "MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED") String code,
        @NotBlank @Size(max = ExpressionParser.MAX_LENGTH) @Schema(description = "左侧表达式", example = "mediation.disputes.succeeded") String left,
        @NotNull @Schema(description = "EQUAL_TO, NOT_EQUAL_TO, LESS_THAN, LESS_THAN_OR_EQUAL_TO, GREATER_THAN, GREATER_THAN_OR_EQUAL_TO (or = != < <= > >=)",
                example = "LESS_THAN_OR_EQUAL_TO") Operator operator,
        @NotBlank @Size(max = ExpressionParser.MAX_LENGTH) @Schema(description = "右侧表达式", example = "mediation.disputes.mediated") String right,
        @NotNull @Schema(description = "严重程度") Severity severity,
        @NotBlank @Size(max = 500) @Schema(description = "规则说明（中文）", example = "调处成功件数不能超过调处矛盾纠纷件数") String message,
        @Schema(description = "是否启用，默认启用") Boolean active,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements DefinitionInput {
}
