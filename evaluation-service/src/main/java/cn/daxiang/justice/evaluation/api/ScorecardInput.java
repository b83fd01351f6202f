package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What a client sends to define a scorecard or to write its next version. */
@Schema(name = "ScorecardInput", description = "评分体系定义 / scorecard definition")
public record ScorecardInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "定义所属机构：适用于该机构及其下级", example = "430503000000") String orgUnit,
        @NotBlank @Size(max = 60) @Pattern(regexp = IndicatorInput.CODE_PATTERN, message = "评分体系代码应为大写字母、数字与下划线，如 DISTRICT_BUREAU_2021")
        @Schema(description = "Stable code (cannot change) / 评分体系代码", example = "DISTRICT_BUREAU", pattern = IndicatorInput.CODE_PATTERN) String code,
        @NotBlank @Size(max = 200) @Schema(description = "中文名称", example = "区司法局部门整体支出绩效评价指标体系") String nameZh,
        @Size(max = 1000) @Schema(description = "说明与依据") String description,
        @NotEmpty @Size(max = 20) @Schema(description = "一级指标（维度），分值之和为100") List<@Valid @NotNull ScorecardItemInput> items,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements DefinitionInput {
}
