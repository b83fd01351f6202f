package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.api.RunView;
import cn.daxiang.justice.evaluation.calc.Availability;
import cn.daxiang.justice.evaluation.calc.CatalogEntry;
import cn.daxiang.justice.evaluation.calc.Completeness;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.calc.LineStatus;
import cn.daxiang.justice.evaluation.calc.MetricValue;
import cn.daxiang.justice.evaluation.spending.SpendingMetrics;
import cn.daxiang.justice.evaluation.calc.RuleResult;
import cn.daxiang.justice.evaluation.calc.RunWarning;
import cn.daxiang.justice.evaluation.calc.ScoreItem;
import cn.daxiang.justice.evaluation.calc.ScorecardResult;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.domain.RunStatus;
import cn.daxiang.justice.evaluation.expression.Expression;
import cn.daxiang.justice.evaluation.expression.ExpressionException;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import cn.daxiang.justice.evaluation.service.RunPeriod;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the report document of one frozen run from its snapshot alone (plus the definition texts
 * of the versions it used, and the comparisons the caller read from other frozen runs), so that a
 * report of an old run says what it said when it was made.
 */
public final class ReportBuilder {

    /** The facts of the run a report is about. */
    public record RunFacts(UUID id, String orgUnit, String orgUnitName, RunPeriod period, RunStatus status, Instant createdAt,
                           String createdBy) {
    }

    /** The numerator and denominator texts of the definition version a run used. */
    public record Formula(String numerator, String denominator) {
    }

    static final Map<String, String> SOURCE_LABELS = Map.of(
            "CORRECTIONS_SERVICE", "社区矫正服务",
            "MEDIATION_SERVICE", "人民调解服务",
            "LEGAL_AID_SERVICE", "法律援助服务",
            MetricValue.MANUAL, "人工填报",
            MetricValue.TARGET, "任务指标",
            SpendingMetrics.SOURCE, "预算支出数据",
            MetricValue.DERIVED, "推算");

    private ReportBuilder() {
    }

    public static String title(String orgUnitName, RunPeriod period) {
        return orgUnitName + period.label() + "司法行政工作绩效评价报告";
    }

    public static ReportDocument build(RunFacts run, RunView.Snapshot snapshot, Map<String, Formula> formulas,
                                       ReportDocument.Ranking ranking, ReportDocument.Trend trend, Instant generatedAt) {
        return build(run, snapshot, formulas, ranking, trend, generatedAt, List.of());
    }

    /** @param catalog the manual-figure catalog, whose sentences each section writes after its own (issue 23) */
    public static ReportDocument build(RunFacts run, RunView.Snapshot snapshot, Map<String, Formula> formulas,
                                       ReportDocument.Ranking ranking, ReportDocument.Trend trend, Instant generatedAt,
                                       List<CatalogEntry> catalog) {
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        snapshot.metrics().forEach(m -> metrics.put(m.name(), m));
        Map<String, IndicatorResult> indicators = new LinkedHashMap<>();
        snapshot.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, LineStatus> lines = new LinkedHashMap<>();
        snapshot.lines().forEach(l -> lines.put(l.line(), l));

        List<ReportDocument.IndicatorRow> rows = snapshot.indicators().stream()
                .map(i -> row(i, formulas.get(i.code()), metrics, lines)).toList();
        List<ReportDocument.ChartBar> targetChart = rows.stream()
                .filter(r -> r.status() == IndicatorResult.Status.OK && !"COUNT".equals(r.kind()) && "%".equals(r.unit()))
                .map(r -> new ReportDocument.ChartBar(r.name(), r.value(), "TARGET_RATE".equals(r.kind()) ? BigDecimal.valueOf(100) : null,
                        r.rateText() + ("TARGET_RATE".equals(r.kind()) ? "（实际 " + r.actualText() + "／目标 " + r.targetText() + "）" : "")))
                .toList();
        String statusText = statusText(run.status(), snapshot.lines());
        List<ReportDocument.Section> sections = sections(metrics, indicators, lines, catalog);
        List<ReportDocument.RuleRow> rules = snapshot.rules().stream().map(ReportBuilder::rule).toList();
        List<String> warnings = snapshot.warnings().stream().map(RunWarning::message).toList();
        List<ReportDocument.Problem> problems = ReportChapters.problems(sections, snapshot.lines(), rows, rules, warnings);
        return new ReportDocument(title(run.orgUnitName(), run.period()), run.orgUnit(), run.orgUnitName(), run.period().label(),
                run.period().from(), run.period().to(), run.id(), run.status(), statusText,
                run.createdAt(), run.createdBy(), generatedAt,
                withCompleteness(ReportChapters.basics(run, snapshot.lines(), snapshot.metrics(), statusText), snapshot),
                ReportChapters.goals(rows),
                ReportChapters.conclusion(run.status(), rows, rules, scorecard(snapshot.scorecard())),
                sections,
                problems,
                ReportChapters.suggestions(problems),
                rows,
                rules,
                warnings,
                sources(snapshot.lines(), snapshot.metrics()),
                targetChart, ranking, trend);
    }

    /** 基本情况 with the sentence on which offices reported (issue 23), for a run made with its children. */
    static List<String> withCompleteness(List<String> basics, RunView.Snapshot snapshot) {
        String sentence = Completeness.sentence(snapshot.completeness());
        if (sentence == null) {
            return basics;
        }
        List<String> out = new ArrayList<>(basics);
        out.add(sentence);
        return out;
    }

    /** The scorecard table, dimensions and leaves in tree order; null when the run has no score. */
    static ReportDocument.Scorecard scorecard(ScorecardResult card) {
        if (card == null) {
            return null;
        }
        List<ReportDocument.ScoreRow> rows = new ArrayList<>();
        addRows(card.items(), rows);
        String summary = "综合评分" + Numbers.plain(card.score()) + "分（满分" + Numbers.plain(card.totalPoints()) + "分），评价等级为“"
                + card.grade() + "”。";
        return new ReportDocument.Scorecard(card.code(), card.name(), card.definitionVersion(), card.totalPoints(), card.score(),
                Numbers.plain(card.score()), card.grade(), summary, rows);
    }

    private static void addRows(List<ScoreItem> items, List<ReportDocument.ScoreRow> rows) {
        for (ScoreItem item : items) {
            boolean leaf = item.children() == null || item.children().isEmpty();
            rows.add(new ReportDocument.ScoreRow(item.key(), item.level(), item.name(), item.points(), item.score(),
                    Numbers.plain(item.points()), Numbers.plain(item.score()), leaf, item.methodText(), item.reason()));
            if (!leaf) {
                addRows(item.children(), rows);
            }
        }
    }

    static String statusText(RunStatus status, List<LineStatus> lines) {
        if (status != RunStatus.PARTIAL) {
            return "完整：各业务线数据均已取得";
        }
        String down = lines.stream().filter(l -> l.status() != Availability.AVAILABLE || l.cumulativeStatus() != Availability.AVAILABLE)
                .map(LineStatus::label).collect(Collectors.joining("、"));
        return "部分：" + down + "服务不可用，相关指标未计算，可稍后重新评价";
    }

    // --- sections ----------------------------------------------------------------------------------

    static List<ReportDocument.Section> sections(Map<String, MetricValue> metrics, Map<String, IndicatorResult> indicators,
                                                 Map<String, LineStatus> lines, List<CatalogEntry> catalog) {
        List<ReportDocument.Section> out = new ArrayList<>();
        for (Phrases.SectionSpec spec : Phrases.SECTIONS) {
            LineStatus status = spec.line() == null ? null : lines.get(spec.line().name());
            if (spec.line() == Line.PERSONS && status == null) {
                continue; // a run from before the cross-line figures (issue 22) has no such source
            }
            if (spec.line() != null && (status == null || status.status() != Availability.AVAILABLE)) {
                String reason = status == null || status.reason() == null ? "未取得数据" : status.reason();
                out.add(new ReportDocument.Section(spec.key(), spec.heading(), false, List.of(),
                        spec.line().label() + "：服务不可用，相关指标未计算（原因：" + reason + "）"));
                continue;
            }
            Function<String, String> text = ref -> figure(ref, metrics, indicators);
            List<String> paragraphs = new ArrayList<>();
            for (Phrases.Sentence sentence : spec.sentences()) {
                String written = sentence(sentence, text, indicators);
                if (written != null) {
                    paragraphs.add(written);
                }
            }
            paragraphs.addAll(CatalogSentences.write(spec.key(), catalog, metrics, indicators));
            if (status != null && status.cumulativeStatus() != Availability.AVAILABLE) {
                paragraphs.add("累计数不可用，未列出（原因：" + status.cumulativeReason() + "）。");
            }
            if (Phrases.SPENDING.equals(spec.key())) {
                paragraphs.addAll(Math.min(1, paragraphs.size()), SpendingReport.paragraphs(metrics));
            }
            if (Phrases.OTHER.equals(spec.key())) {
                String others = metrics.values().stream()
                        .filter(m -> MetricValue.MANUAL.equals(m.source()) && Line.of(m.name()) == null && !Phrases.covered(m.name())
                                && !CatalogSentences.covered(catalog, m.name()))
                        .map(m -> m.name() + " " + Numbers.plain(m.value())).collect(Collectors.joining("，"));
                if (!others.isEmpty()) {
                    paragraphs.add("其他人工填报数据：" + others + "。");
                }
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add("本期无相关数据。");
            }
            out.add(new ReportDocument.Section(spec.key(), spec.heading(), true, paragraphs, null));
        }
        return out;
    }

    /**
     * A sentence with the phrases whose figure exists and its details in brackets; its
     * {@code noneCounted} text when its rate has a zero denominator; null when there is nothing to write.
     */
    static String sentence(Phrases.Sentence sentence, Function<String, String> text, Map<String, IndicatorResult> indicators) {
        List<String> parts = phrases(sentence.phrases(), text);
        if (parts.isEmpty()) {
            boolean zero = sentence.phrases().stream().filter(p -> p.ref().startsWith(Phrases.INDICATOR))
                    .map(p -> indicators.get(p.ref().substring(Phrases.INDICATOR.length())))
                    .anyMatch(i -> i != null && i.zeroDenominator());
            return zero && sentence.noneCounted() != null ? sentence.noneCounted() + "。" : null;
        }
        if (sentence.noneCounted() != null && sentence.phrases().stream()
                .allMatch(p -> !p.ref().startsWith(Phrases.INDICATOR) && "0".equals(text.apply(p.ref())))) {
            return sentence.noneCounted() + "。";
        }
        List<String> details = phrases(sentence.details(), text);
        return sentence.lead() + String.join("，", parts) + (details.isEmpty() ? "" : "（" + String.join("，", details) + "）") + "。";
    }

    private static List<String> phrases(List<Phrases.Phrase> phrases, Function<String, String> text) {
        return phrases.stream().map(p -> {
            String value = text.apply(p.ref());
            return value == null ? null : p.template().formatted(value);
        }).filter(Objects::nonNull).toList();
    }

    /** The figure a phrase names, as written, or null when there is none (the phrase is then left out). */
    static String figure(String ref, Map<String, MetricValue> metrics, Map<String, IndicatorResult> indicators) {
        if (ref.startsWith(Phrases.INDICATOR)) {
            IndicatorResult i = indicators.get(ref.substring(Phrases.INDICATOR.length()));
            return i == null || i.status() != IndicatorResult.Status.OK || i.value() == null ? null : Numbers.withUnit(i.value(), i.unit());
        }
        if (ref.startsWith(Phrases.TEN_THOUSANDS)) {
            MetricValue m = metrics.get(ref.substring(Phrases.TEN_THOUSANDS.length()));
            return m == null ? null : Numbers.tenThousands(m.value());
        }
        MetricValue m = metrics.get(ref);
        return m == null || m.value() == null ? null : Numbers.plain(m.value());
    }

    // --- indicator table ------------------------------------------------------------------------------

    static ReportDocument.IndicatorRow row(IndicatorResult i, Formula formula, Map<String, MetricValue> metrics,
                                           Map<String, LineStatus> lines) {
        String kind = kind(formula);
        Set<String> refs = formula == null ? Set.of() : references(formula);
        boolean ok = i.status() == IndicatorResult.Status.OK;
        BigDecimal target = "TARGET_RATE".equals(kind) ? i.denominator() : null;
        BigDecimal actual = switch (kind) {
            case "TARGET_RATE" -> i.numerator();
            case "COUNT" -> i.value();
            default -> null;
        };
        String missing = i.status() == IndicatorResult.Status.UNAVAILABLE ? "不可用" : "无数据";
        String targetText = target == null ? "—" : Numbers.plain(target);
        String actualText;
        String rateText;
        if ("COUNT".equals(kind)) {
            actualText = ok ? Numbers.withUnit(i.value(), i.unit()) : missing;
            rateText = "—";
        } else if ("TARGET_RATE".equals(kind)) {
            actualText = i.numerator() != null && i.status() != IndicatorResult.Status.UNAVAILABLE ? Numbers.plain(i.numerator()) : missing;
            rateText = ok ? Numbers.withUnit(i.value(), i.unit()) : i.zeroDenominator() ? "无法计算（目标为0）" : missing;
        } else {
            actualText = i.numerator() != null && i.denominator() != null && i.status() != IndicatorResult.Status.UNAVAILABLE
                    ? Numbers.plain(i.numerator()) + " / " + Numbers.plain(i.denominator()) : missing;
            rateText = ok ? Numbers.withUnit(i.value(), i.unit()) : i.zeroDenominator() ? "无法计算（分母为0）" : missing;
        }
        String statusText = switch (i.status()) {
            case OK -> "正常";
            case UNAVAILABLE -> "不可用";
            default -> "无数据";
        };
        return new ReportDocument.IndicatorRow(i.code(), i.name(), section(refs), kind, target, actual, i.numerator(), i.denominator(),
                i.value(), i.unit(), targetText, actualText, rateText, i.grade(), i.status(), statusText, i.reason(),
                sourceText(refs, metrics, lines));
    }

    static String kind(Formula formula) {
        if (formula == null) {
            return "RATE";
        }
        String den = formula.denominator().strip();
        if (den.equals("1")) {
            return "COUNT";
        }
        return den.startsWith(Expression.TARGET_PREFIX) && den.indexOf(' ') < 0 ? "TARGET_RATE" : "RATE";
    }

    static Set<String> references(Formula formula) {
        Set<String> refs = new LinkedHashSet<>();
        try {
            refs.addAll(ExpressionParser.parse(formula.numerator()).references());
            refs.addAll(ExpressionParser.parse(formula.denominator()).references());
        } catch (ExpressionException e) {
            // a stored definition always parsed when it was written; nothing to name if not
        }
        return refs;
    }

    static String unprefixed(String ref) {
        for (String prefix : List.of(Expression.TARGET_PREFIX, Expression.CUMULATIVE_PREFIX)) {
            if (ref.startsWith(prefix)) {
                return ref.substring(prefix.length());
            }
        }
        return ref;
    }

    static String section(Set<String> refs) {
        return refs.stream().filter(r -> !r.startsWith(Expression.TARGET_PREFIX)).map(r -> Line.of(unprefixed(r)))
                .filter(Objects::nonNull).map(Line::name).findFirst().orElse(Phrases.OTHER);
    }

    static String sourceText(Set<String> refs, Map<String, MetricValue> metrics, Map<String, LineStatus> lines) {
        Set<String> labels = new LinkedHashSet<>();
        for (String ref : refs) {
            MetricValue m = metrics.get(ref);
            if (m != null) {
                String label = SOURCE_LABELS.getOrDefault(m.source(), m.source());
                labels.add(ref.startsWith(Expression.CUMULATIVE_PREFIX) ? label + "（累计）" : label);
                continue;
            }
            Line line = ref.startsWith(Expression.TARGET_PREFIX) ? null : Line.of(unprefixed(ref));
            LineStatus status = line == null ? null : lines.get(line.name());
            if (line != null && (status == null || status.status() != Availability.AVAILABLE
                    || (ref.startsWith(Expression.CUMULATIVE_PREFIX) && status.cumulativeStatus() != Availability.AVAILABLE))) {
                labels.add(line.label() + "服务（不可用）");
            }
        }
        return labels.isEmpty() ? "无" : String.join("、", labels);
    }

    // --- rules and sources ------------------------------------------------------------------------------

    static ReportDocument.RuleRow rule(RuleResult r) {
        String result = switch (r.result()) {
            case PASS -> "通过";
            case FAIL -> "未通过";
            default -> "未校验（数据不全）";
        };
        return new ReportDocument.RuleRow(r.code(), r.message(), r.severity(), "ERROR".equals(r.severity()) ? "错误" : "警告",
                r.result().name(), result, r.left(), r.right(), r.reason());
    }

    static List<ReportDocument.SourceRow> sources(List<LineStatus> lines, List<MetricValue> metrics) {
        List<ReportDocument.SourceRow> out = new ArrayList<>();
        for (LineStatus l : lines) {
            boolean up = l.status() == Availability.AVAILABLE;
            List<String> notes = new ArrayList<>();
            if (!up) {
                notes.add(l.reason());
            } else {
                if (l.recordsCompleteFrom() != null) {
                    notes.add("记录自 " + l.recordsCompleteFrom() + " 起完整");
                }
                if (l.cumulativeStatus() != Availability.AVAILABLE) {
                    notes.add("累计数不可用：" + l.cumulativeReason());
                }
            }
            out.add(new ReportDocument.SourceRow(l.label() + "（" + l.service() + "）", l.status(), up ? "可用" : "不可用",
                    l.asOf(), l.cumulativeAsOf(), l.recordsCompleteFrom(), notes.isEmpty() ? null : String.join("；", notes)));
        }
        for (String source : List.of(MetricValue.MANUAL, MetricValue.TARGET, SpendingMetrics.SOURCE)) {
            List<MetricValue> entered = metrics.stream().filter(m -> source.equals(m.source())).toList();
            if (entered.isEmpty()) {
                continue;
            }
            Instant latest = entered.stream().map(MetricValue::asOf).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            String by = entered.stream().map(MetricValue::enteredBy).filter(Objects::nonNull).distinct().collect(Collectors.joining("、"));
            out.add(new ReportDocument.SourceRow(SOURCE_LABELS.get(source), Availability.AVAILABLE, "已采用", latest, null, null,
                    entered.size() + "项" + (by.isEmpty() ? "" : "，填报人：" + by)));
        }
        return out;
    }
}
