package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.api.RankingItem;
import cn.daxiang.justice.evaluation.api.TrendPoint;
import cn.daxiang.justice.evaluation.calc.Availability;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.domain.RunStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The performance evaluation report of one frozen run (绩效评价报告), in the six parts of a published
 * 部门整体支出绩效评价报告 ({@link #CHAPTERS}): 基本情况 ({@code basics}; the sources table is the
 * appendix 附表 at the end), 绩效目标 ({@code goals}), 绩效评价结论 ({@code conclusion}: the score, the scorecard
 * table — the report's first table —, the indicator table and the target chart), 主要绩效 (one section per work line with its figures in sentences, as the seed writes them, and the ranking and
 * trend charts), 存在问题 ({@code problems} and the validation results) and 改进建议 ({@code suggestions}).
 * All formats (HTML, PDF, DOCX, XLSX, CSV, JSON) are written from this one document, so they hold the same numbers.
 * Numbers are kept as numbers; the *Text fields are how the report writes them (a value that could
 * not be computed is written as 不可用 or 无数据, never as 0).
 */
@Schema(name = "Report", description = "绩效评价报告（结构化） / the evaluation report as a structured document")
public record ReportDocument(
        @Schema(example = "大祥区2021年度司法行政工作绩效评价报告") String title,
        String orgUnit,
        String orgUnitName,
        @Schema(description = "期间名称", example = "2021年度") String period,
        LocalDate from,
        LocalDate to,
        UUID runId,
        @Schema(implementation = String.class, enumeration = {"COMPLETE", "PARTIAL"}) RunStatus runStatus,
        @Schema(description = "运行状态说明") String runStatusText,
        Instant runCreatedAt,
        String runCreatedBy,
        @Schema(description = "When this document was written (the figures are the run's)") Instant generatedAt,
        @Schema(description = "一、基本情况：评价对象、期间、覆盖业务线、数据来源") List<String> basics,
        @Schema(description = "二、绩效目标：任务指标与指标体系") List<String> goals,
        @Schema(description = "三、绩效评价结论") Conclusion conclusion,
        @Schema(description = "四、主要绩效：各业务线") List<Section> sections,
        @Schema(description = "五、存在问题") List<Problem> problems,
        @Schema(description = "六、改进建议：每类问题一条") List<Suggestion> suggestions,
        List<IndicatorRow> indicators,
        List<RuleRow> validation,
        @Schema(description = "数据提示") List<String> warnings,
        List<SourceRow> sources,
        @Schema(description = "指标与目标对比图的数据") List<ChartBar> targetChart,
        Ranking ranking,
        Trend trend) {

    /** The six parts' headings, in order, as every format writes them. */
    public static final List<String> CHAPTERS = List.of("一、基本情况", "二、绩效目标", "三、绩效评价结论", "四、主要绩效", "五、存在问题",
            "六、改进建议");

    /**
     * 绩效评价结论: the overall finding, the target indicators met and not met, and the place of the
     * numeric score (综合评分): {@code scoreText} states the total and grade, and {@code scorecard} is the table of
     * every dimension and leaf that follows it; a run scored against no scorecard says so in {@code scoreText}.
     */
    @Schema(name = "ReportConclusion")
    public record Conclusion(
            @Schema(description = "结论段落") List<String> paragraphs,
            @Schema(description = "达到目标的任务指标，如 法律援助案件任务完成率156.1%") List<String> met,
            @Schema(description = "未达到目标的任务指标") List<String> notMet,
            @Schema(description = "综合评分：总分与评价等级，或未计算综合评分的说明") String scoreText,
            @Schema(description = "绩效评分表, the report's first table; null when the run was scored against no scorecard",
                    nullable = true) Scorecard scorecard) {
    }

    /** One problem found in the run (存在问题), of a kind that has its suggestion. */
    @Schema(name = "ReportProblem")
    public record Problem(
            @Schema(enumeration = {"LINE_UNAVAILABLE", "RULE_FAILED", "BELOW_TARGET", "MISSING_DATA", "DATA_WARNING"}) String kind,
            String text) {
    }

    /** One suggestion (改进建议) for a kind of problem the run has. */
    @Schema(name = "ReportSuggestion")
    public record Suggestion(
            @Schema(enumeration = {"LINE_UNAVAILABLE", "RULE_FAILED", "BELOW_TARGET", "MISSING_DATA", "DATA_WARNING"}) String kind,
            String text) {
    }

    /**
     * The run's score (绩效评分): the total, the grade and one row per dimension and leaf in tree order, each leaf with
     * the reason for what it scored (every lost point explained).
     */
    @Schema(name = "ReportScorecard")
    public record Scorecard(
            @Schema(example = "DISTRICT_BUREAU") String code,
            @Schema(example = "区司法局部门整体支出绩效评价指标体系") String name,
            long definitionVersion,
            @Schema(example = "100") BigDecimal totalPoints,
            @Schema(example = "86.5") BigDecimal score,
            @Schema(example = "86.5") String scoreText,
            @Schema(enumeration = {"优", "良", "中", "差"}) String grade,
            @Schema(description = "e.g. 综合评分86.5分，评价等级为“良”。") String summary,
            List<ScoreRow> rows) {
    }

    /** One row of the scorecard table: a dimension (its subtotal) or a leaf (its score, method and reason). */
    @Schema(name = "ReportScoreRow")
    public record ScoreRow(
            String key,
            @Schema(description = "1 for a first-level dimension") int level,
            String name,
            BigDecimal points,
            BigDecimal score,
            @Schema(example = "10") String pointsText,
            @Schema(example = "9.92") String scoreText,
            @Schema(description = "Whether this is a leaf (scored by a method) rather than a dimension") boolean leaf,
            @Schema(nullable = true) String methodText,
            @Schema(description = "得分说明：每一失分的原因", nullable = true) String reason) {
    }

    /** One work line's section: its figures written out, or why it has none. */
    @Schema(name = "ReportSection")
    public record Section(
            @Schema(enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID", "PERSONS", "OTHER", "SPENDING"}) String key,
            @Schema(example = "社区矫正与安置帮教") String heading,
            boolean available,
            @Schema(description = "The figures in sentences, as the seed writes them") List<String> paragraphs,
            @Schema(description = "e.g. 法律援助：服务不可用，相关指标未计算（原因：…）", nullable = true) String unavailableNote) {
    }

    /** One row of the indicator table. */
    @Schema(name = "ReportIndicatorRow")
    public record IndicatorRow(
            String code,
            String name,
            @Schema(enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID", "PERSONS", "OTHER"}) String section,
            @Schema(enumeration = {"TARGET_RATE", "RATE", "COUNT"}, description = "完成率（对任务指标）、比率或计数") String kind,
            @Schema(description = "目标值（任务指标）", nullable = true) BigDecimal target,
            @Schema(description = "实际值：完成率的分子、计数的值", nullable = true) BigDecimal actual,
            @Schema(nullable = true) BigDecimal numerator,
            @Schema(nullable = true) BigDecimal denominator,
            @Schema(description = "The indicator's value (rate or count)", nullable = true) BigDecimal value,
            String unit,
            String targetText,
            String actualText,
            @Schema(description = "完成率/比率") String rateText,
            @Schema(description = "等级", nullable = true) String grade,
            @Schema(implementation = String.class, enumeration = {"OK", "UNAVAILABLE", "NO_DATA"}) IndicatorResult.Status status,
            String statusText,
            @Schema(description = "无值原因", nullable = true) String note,
            @Schema(description = "数据来源") String sources) {
    }

    /** One validation rule's result (校验结果). */
    @Schema(name = "ReportRuleRow")
    public record RuleRow(String code, String message, String severity, String severityText, String result, String resultText,
                          @Schema(nullable = true) BigDecimal left, @Schema(nullable = true) BigDecimal right,
                          @Schema(nullable = true) String note) {
    }

    /** Where figures came from and as of when (数据来源与截止时间). */
    @Schema(name = "ReportSourceRow")
    public record SourceRow(String source, @Schema(implementation = String.class) Availability status, String statusText,
                            @Schema(nullable = true) Instant asOf,
                            @Schema(nullable = true) Instant cumulativeAsOf,
                            @Schema(nullable = true) LocalDate recordsCompleteFrom, @Schema(nullable = true) String note) {
    }

    /** One bar of a chart: a value and, where there is one, the target it is measured against. */
    @Schema(name = "ReportChartBar")
    public record ChartBar(String label, BigDecimal value, @Schema(nullable = true) BigDecimal reference, String valueText) {
    }

    /** The child org units ranked by one indicator, or a note saying why there is no ranking. */
    @Schema(name = "ReportRanking")
    public record Ranking(@Schema(nullable = true) String indicatorCode, @Schema(nullable = true) String indicatorName,
                          @Schema(nullable = true) String unit,
                          @Schema(description = "下级运行或最新冻结运行", nullable = true) String basis, List<RankingItem> items,
                          @Schema(nullable = true) String note) {
    }

    /** The yearly trend of one indicator, or a note saying why there is none. */
    @Schema(name = "ReportTrend")
    public record Trend(@Schema(nullable = true) String indicatorCode, @Schema(nullable = true) String indicatorName,
                        @Schema(nullable = true) String unit, @Schema(nullable = true) List<TrendPoint> points,
                        @Schema(nullable = true) String note) {
    }
}
