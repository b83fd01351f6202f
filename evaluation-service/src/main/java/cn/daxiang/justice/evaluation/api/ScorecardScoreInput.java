package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The score of a MANUAL leaf for one org unit and period, with the reason it must have. */
@Schema(name = "ScorecardScoreInput", description = "人工评分 / the score of a manual scorecard leaf")
public record ScorecardScoreInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "机构代码", example = "430503000000") String orgUnit,
        @NotBlank @Size(max = 60) @Schema(description = "评分体系代码", example = "DISTRICT_BUREAU") String scorecard,
        @NotBlank @Size(max = 40) @Schema(description = "末级指标键（评分方法为 MANUAL）", example = "DECISION_GOALS") String item,
        @NotNull @Schema(description = "期间起始日期", example = "2021-01-01") LocalDate from,
        @NotNull @Schema(description = "期间截止日期（含）", example = "2021-12-31") LocalDate to,
        @NotNull @DecimalMin(value = "0", message = "得分不能为负数") @Digits(integer = 3, fraction = 2, message = "得分最多两位小数")
        @Schema(description = "得分（不超过该指标分值）", example = "4.5") BigDecimal score,
        @NotBlank(message = "人工评分须填写评分理由") @Size(max = 1000)
        @Schema(description = "评分理由（必填）", example = "绩效目标明确，但未细化量化，扣0.5分") String reason,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
