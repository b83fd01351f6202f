package cn.daxiang.justice.evaluation.calc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The scorecard of a run: every leaf's score, every dimension's subtotal, the total and the grade (优/良/中/差). */
@Schema(name = "ScorecardResult", description = "绩效评分结果 / the run's scorecard")
public record ScorecardResult(
        @Schema(example = "DISTRICT_BUREAU") String code,
        @Schema(example = "区司法局部门整体支出绩效评价指标体系") String name,
        @Schema(description = "The version of the scorecard used / 评分体系版本") long definitionVersion,
        @Schema(description = "满分", example = "100") BigDecimal totalPoints,
        @Schema(description = "总得分", example = "86.5") BigDecimal score,
        @Schema(description = "等级：优（≥90）、良（80-90）、中（60-80）、差（<60）", enumeration = {"优", "良", "中", "差"}) String grade,
        @Schema(description = "一级指标（维度）及其下级") List<ScoreItem> items) {
}
