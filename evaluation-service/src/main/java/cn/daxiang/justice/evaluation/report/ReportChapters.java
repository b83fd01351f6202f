package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.calc.Availability;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.calc.LineStatus;
import cn.daxiang.justice.evaluation.calc.MetricValue;
import cn.daxiang.justice.evaluation.domain.RunStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of the report that a 部门整体支出绩效评价报告 has besides the work lines' figures: 基本情况,
 * 绩效目标, 绩效评价结论, 存在问题 and 改进建议. The six-part structure follows the published 部门整体支出绩效
 * (自)评价报告 of county and city departments, and the contents a 绩效评价报告 must have under the Ministry of
 * Finance's 《财政支出绩效评价管理暂行办法》 (财预〔2011〕285号; 基本概况, 绩效目标的实现程度, 存在问题及原因分析,
 * 评价结论及建议; article number unconfirmed). Everything is written from the run's own figures.
 */
final class ReportChapters {

    static final String LINE_UNAVAILABLE = "LINE_UNAVAILABLE";
    static final String RULE_FAILED = "RULE_FAILED";
    static final String BELOW_TARGET = "BELOW_TARGET";
    static final String MISSING_DATA = "MISSING_DATA";
    static final String DATA_WARNING = "DATA_WARNING";

    /** One suggestion per kind of problem, in the order they are written (改进建议). */
    static final Map<String, String> SUGGESTIONS = suggestions();

    /** What the report says of a run scored against no scorecard (no scorecard was in force when it ran). */
    static final String NOT_SCORED = "本次评价运行未计算综合评分。";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportChapters() {
    }

    private static Map<String, String> suggestions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(LINE_UNAVAILABLE, "尽快恢复相关业务系统的数据服务并重新发起评价，补齐不可用业务线的指标；在此之前，相关指标不作为考核依据。");
        m.put(RULE_FAILED, "对未通过校验的数据逐项核对业务台账与人工填报数，查明差异原因、更正数据后重新评价。");
        m.put(BELOW_TARGET, "对未达到目标的指标逐项分析原因，制定整改措施，加强过程跟踪和督办，确保年度任务按期完成。");
        m.put(MISSING_DATA, "明确人工填报指标的责任人和报送时限，按期完成填报，避免指标因无数据而无法评价。");
        m.put(DATA_WARNING, "关注数据提示所列情况，核实不同来源数据的差异和业务记录的完整性，必要时补录历史记录。");
        return m;
    }

    // --- 一、基本情况 -------------------------------------------------------------------------------------

    static List<String> basics(ReportBuilder.RunFacts run, List<LineStatus> lines, List<MetricValue> metrics, String statusText) {
        List<String> out = new ArrayList<>();
        out.add("评价对象为" + run.orgUnitName() + "（机构代码" + run.orgUnit() + "），评价期间为" + run.period().label() + "（"
                + date(run.period().from()) + "至" + date(run.period().to()) + "）。");
        // the work lines' own systems; the cross-line figures (PERSONS, issue 22) are computed from them, not a line
        List<LineStatus> own = lines.stream().filter(l -> !"PERSONS".equals(l.line())).toList();
        String covered = own.stream().map(LineStatus::label).collect(Collectors.joining("、"));
        String down = lines.stream().filter(l -> l.status() != Availability.AVAILABLE).map(LineStatus::label)
                .collect(Collectors.joining("、"));
        long manual = metrics.stream().filter(m -> MetricValue.MANUAL.equals(m.source())).count();
        long targets = metrics.stream().filter(m -> MetricValue.TARGET.equals(m.source())).count();
        out.add("本次评价覆盖" + covered + "共" + own.size() + "条业务线的业务系统数据"
                + (down.isEmpty() ? "" : "（其中" + down + "服务不可用）") + "，人工填报数据" + manual + "项，上级下达任务指标" + targets
                + "项；各数据来源的截止时间见附表。");
        out.add("评价运行由" + run.createdBy() + "发起并冻结，运行状态：" + statusText + "。");
        return out;
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    // --- 二、绩效目标 -------------------------------------------------------------------------------------

    static List<String> goals(List<ReportDocument.IndicatorRow> rows) {
        List<String> out = new ArrayList<>();
        long targetRates = rows.stream().filter(r -> "TARGET_RATE".equals(r.kind())).count();
        long rates = rows.stream().filter(r -> "RATE".equals(r.kind())).count();
        long counts = rows.stream().filter(r -> "COUNT".equals(r.kind())).count();
        out.add("本期共设绩效指标" + rows.size() + "项，其中任务完成率指标" + targetRates + "项、比率指标" + rates + "项、计数指标" + counts
                + "项，各指标的目标值、实际值和完成情况见第三部分绩效指标表。");
        List<String> targets = rows.stream().filter(r -> "TARGET_RATE".equals(r.kind()))
                .map(r -> r.name() + "：目标值" + r.targetText()).toList();
        out.add(targets.isEmpty() ? "本期未下达任务指标。"
                : "上级下达的任务目标：" + String.join("；", targets) + "，以完成率达到100%为完成任务。");
        return out;
    }

    // --- 三、绩效评价结论 ---------------------------------------------------------------------------------

    static ReportDocument.Conclusion conclusion(RunStatus status, List<ReportDocument.IndicatorRow> rows,
                                                List<ReportDocument.RuleRow> rules, ReportDocument.Scorecard scorecard) {
        List<String> met = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        for (ReportDocument.IndicatorRow r : rows) {
            if ("TARGET_RATE".equals(r.kind()) && r.status() == IndicatorResult.Status.OK && r.value() != null) {
                (r.value().compareTo(HUNDRED) >= 0 ? met : notMet).add(r.name() + r.rateText());
            }
        }
        long ok = rows.stream().filter(r -> r.status() == IndicatorResult.Status.OK).count();
        long unavailable = rows.stream().filter(r -> r.status() == IndicatorResult.Status.UNAVAILABLE).count();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("本期纳入评价的绩效指标共" + rows.size() + "项，取得数值" + ok + "项，不可用" + unavailable + "项，无数据"
                + (rows.size() - ok - unavailable) + "项。");
        paragraphs.add("任务指标完成情况：达到目标" + met.size() + "项" + list(met) + "，未达到目标" + notMet.size() + "项" + list(notMet) + "。");
        String graded = rows.stream().filter(r -> r.grade() != null).map(r -> r.name() + "为" + r.grade())
                .collect(Collectors.joining("，"));
        if (!graded.isEmpty()) {
            paragraphs.add("分级评定：" + graded + "。");
        }
        long passed = rules.stream().filter(r -> "PASS".equals(r.result())).count();
        long failed = rules.stream().filter(r -> "FAIL".equals(r.result())).count();
        paragraphs.add("数据校验：共" + rules.size() + "项规则，通过" + passed + "项，未通过" + failed + "项，未校验"
                + (rules.size() - passed - failed) + "项。");
        boolean clean = status == RunStatus.COMPLETE && notMet.isEmpty() && failed == 0;
        paragraphs.add(clean ? "总体评价：本期任务指标均已完成，数据完整且校验通过。"
                : "总体评价：本期" + (status == RunStatus.COMPLETE ? "" : "部分业务线数据不可用，") + (notMet.isEmpty() ? "" : "有任务指标未达到目标，")
                + (failed == 0 ? "" : "有数据未通过校验，") + "具体见第五部分存在问题。");
        return new ReportDocument.Conclusion(paragraphs, met, notMet, scoreText(scorecard), scorecard);
    }

    /** The score (综合评分) that opens the conclusion: total and grade, or that the run was scored against no scorecard. */
    static String scoreText(ReportDocument.Scorecard scorecard) {
        if (scorecard == null) {
            return NOT_SCORED;
        }
        return scorecard.scoreText() + "分（满分" + Numbers.plain(scorecard.totalPoints()) + "分），评价等级为“" + scorecard.grade()
                + "”（" + scorecard.name() + "，第" + scorecard.definitionVersion() + "版）。";
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "" : "（" + String.join("，", items) + "）";
    }

    // --- 五、存在问题 and 六、改进建议 -------------------------------------------------------------------

    static List<ReportDocument.Problem> problems(List<ReportDocument.Section> sections, List<LineStatus> lines,
                                                 List<ReportDocument.IndicatorRow> rows, List<ReportDocument.RuleRow> rules,
                                                 List<String> warnings) {
        List<ReportDocument.Problem> out = new ArrayList<>();
        sections.stream().filter(s -> !s.available())
                .forEach(s -> out.add(new ReportDocument.Problem(LINE_UNAVAILABLE, s.unavailableNote() + "。")));
        lines.stream().filter(l -> l.status() == Availability.AVAILABLE && l.cumulativeStatus() != Availability.AVAILABLE)
                .forEach(l -> out.add(new ReportDocument.Problem(LINE_UNAVAILABLE,
                        l.label() + "：累计数不可用，相关累计指标未计算（原因：" + l.cumulativeReason() + "）。")));
        rules.stream().filter(r -> "FAIL".equals(r.result())).forEach(r -> out.add(new ReportDocument.Problem(RULE_FAILED,
                "数据校验未通过（" + r.severityText() + "）：" + r.message() + "（左侧" + Numbers.plain(r.left()) + "，右侧"
                        + Numbers.plain(r.right()) + "）。")));
        rows.stream().filter(r -> "TARGET_RATE".equals(r.kind()) && r.status() == IndicatorResult.Status.OK && r.value() != null
                        && r.value().compareTo(HUNDRED) < 0)
                .forEach(r -> out.add(new ReportDocument.Problem(BELOW_TARGET, r.name() + "未达到目标：完成率" + r.rateText() + "（实际"
                        + r.actualText() + "，目标" + r.targetText() + "）。")));
        String missing = rows.stream().filter(r -> r.status() == IndicatorResult.Status.NO_DATA && r.value() == null
                        && r.numerator() == null).map(ReportDocument.IndicatorRow::name).collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            out.add(new ReportDocument.Problem(MISSING_DATA, "以下指标缺少数据，未能评价：" + missing + "。"));
        }
        warnings.forEach(w -> out.add(new ReportDocument.Problem(DATA_WARNING, "数据提示：" + w + (w.endsWith("。") ? "" : "。"))));
        return out;
    }

    static List<ReportDocument.Suggestion> suggestions(List<ReportDocument.Problem> problems) {
        return SUGGESTIONS.entrySet().stream().filter(e -> problems.stream().anyMatch(p -> p.kind().equals(e.getKey())))
                .map(e -> new ReportDocument.Suggestion(e.getKey(), e.getValue())).toList();
    }
}
