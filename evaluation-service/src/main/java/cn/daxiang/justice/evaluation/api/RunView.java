package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.calc.Completeness;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.calc.LineStatus;
import cn.daxiang.justice.evaluation.calc.MetricValue;
import cn.daxiang.justice.evaluation.calc.RuleResult;
import cn.daxiang.justice.evaluation.calc.ScorecardResult;
import cn.daxiang.justice.evaluation.calc.RunWarning;
import cn.daxiang.justice.evaluation.domain.RunStatus;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A frozen evaluation run. */
@Schema(name = "Run", description = "绩效评价运行结果（不可变快照） / a frozen evaluation run")
public record RunView(
        UUID id,
        String orgUnit,
        long version,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Set when the run was asked for a calendar year, a quarter or a month", nullable = true) Integer year,
        @Schema(description = "季度 1-4, when the run was asked for a quarter", nullable = true) Integer quarter,
        @Schema(description = "月份 1-12, when the run was asked for a month", nullable = true) Integer month,
        @Schema(description = "The run this one was made with (includeChildren) / 上级运行", nullable = true) UUID parentRunId,
        @Schema(description = "The runs made with this one for every direct child org unit (includeChildren) / 下级机构运行")
        List<UUID> childRunIds,
        @Schema(implementation = String.class, enumeration = {"COMPLETE", "PARTIAL"},
                description = "PARTIAL when a line could not be reached; re-run later")
        RunStatus status,
        Instant createdAt,
        String createdBy,
        @Schema(description = "Every figure used, with its source and asOf; cumulative:<metric> are the figures since the "
                + "records began up to the end of the period / 所用数据（cumulative: 为累计数）") List<MetricValue> metrics,
        List<IndicatorResult> indicators,
        List<RuleResult> rules,
        @Schema(description = "Each work line's service: answered or not, and why") List<LineStatus> lines,
        List<RunWarning> warnings,
        @Schema(description = "The run scored against the scorecard in force (total, grade, every lost point explained); null when "
                + "none was in force / 绩效评分", nullable = true) ScorecardResult scorecard,
        @Schema(description = "For a run made with its children: per line, which offices reported (records in the period or a "
                + "zero report for each month) and which did not; null otherwise / 数据完整性", nullable = true)
        List<Completeness.LineCompleteness> completeness) implements Versioned {

    /** What is stored as the run's jsonb snapshot. */
    public record Snapshot(List<MetricValue> metrics, List<IndicatorResult> indicators, List<RuleResult> rules,
                           List<LineStatus> lines, List<RunWarning> warnings, ScorecardResult scorecard,
                           List<Completeness.LineCompleteness> completeness) {
    }
}
