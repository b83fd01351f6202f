package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.LineStats;
import cn.daxiang.justice.evaluation.expression.Expression;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import cn.daxiang.justice.evaluation.expression.Outcome;
import cn.daxiang.justice.evaluation.expression.Resolution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Puts together the figures of a run and decides, metric by metric, which source wins:
 * <ul>
 * <li>a line's service value wins over a manual figure, and a disagreement is a warning;</li>
 * <li>except when the period starts before the service's {@code recordsCompleteFrom}: then the
 *     service's figure is known to be partial and the manual figure stands (also a warning);</li>
 * <li>a service value for such a period with no manual figure is used, marked partial, and the
 *     line gets a RECORDS_INCOMPLETE warning;</li>
 * <li>a line that could not be reached contributes nothing: its metrics resolve as unavailable
 *     (never 0, never an older answer), and a manual figure for them is not used either, because
 *     whether it should prevail cannot be decided without the service.</li>
 * </ul>
 * Every value keeps its source and its {@code asOf}. Cumulative figures (累计, since the records
 * began) are named {@code cumulative:<metric>} and come from the lines only; a line down makes them
 * unavailable too. A target is a whole year's: for a shorter period it is not prorated, and the run
 * says so (PART_YEAR_TARGET), so that a completion rate reads as progress towards the year's target.
 */
public final class MetricAssembler {

    /**
     * A figure entered by hand or a target, as the assembler needs it; {@code periodLabel} says what part of the period a
     * manual figure covers when not all of it («自2021年6月1日起»), {@code parts} how many sub-period figures it sums.
     */
    public record Entered(String metric, BigDecimal value, Instant asOf, String id, String enteredBy, String periodLabel, int parts) {

        public Entered(String metric, BigDecimal value, Instant asOf, String id, String enteredBy) {
            this(metric, value, asOf, id, enteredBy, null, 1);
        }
    }

    private final Map<String, MetricValue> values = new TreeMap<>();
    private final List<RunWarning> warnings = new ArrayList<>();
    private final Map<Line, LineStats> lines;
    private final Map<Line, LineStats> cumulative;
    private final Integer targetYear;
    private final LocalDate from;
    private Map<String, Entered> openings = Map.of();

    private MetricAssembler(Map<Line, LineStats> lines, Map<Line, LineStats> cumulative, Integer targetYear, LocalDate from) {
        this.lines = lines;
        this.cumulative = cumulative;
        this.targetYear = targetYear;
        this.from = from;
    }

    /**
     * @param targetYear the year whose targets apply (the period lies within it), or null
     */
    public static MetricAssembler assemble(Map<Line, LineStats> lines, List<Entered> manual, List<Entered> targets,
                                           LocalDate from, Integer targetYear) {
        return assemble(lines, Map.of(), manual, targets, from, null, targetYear);
    }

    /**
     * @param cumulative each line's cumulative answer (from open, to the end of the period)
     * @param to         the end of the period; with {@code from}, tells a part-year period (null: not checked)
     */
    public static MetricAssembler assemble(Map<Line, LineStats> lines, Map<Line, LineStats> cumulative, List<Entered> manual,
                                           List<Entered> targets, LocalDate from, LocalDate to, Integer targetYear) {
        return assemble(lines, cumulative, ManualFigures.Result.empty(List.of()).withFigures(manual), targets, from, to, targetYear);
    }

    /**
     * @param manual the run's manual figures made from the stored ones (sub-periods summed), with the opening balances
     *               added to cumulative figures, the warnings about figures not used and the derived figures to compute
     */
    public static MetricAssembler assemble(Map<Line, LineStats> lines, Map<Line, LineStats> cumulative, ManualFigures.Result manual,
                                           List<Entered> targets, LocalDate from, LocalDate to, Integer targetYear) {
        MetricAssembler a = new MetricAssembler(lines, cumulative, targetYear, from);
        a.openings = manual.openings();
        a.warnings.addAll(manual.warnings());
        Map<String, Entered> manualByMetric = new TreeMap<>();
        manual.figures().forEach(m -> manualByMetric.put(m.metric(), m));
        TreeSet<String> names = new TreeSet<>(manualByMetric.keySet());
        for (LineStats stats : lines.values()) {
            if (stats.available()) {
                names.addAll(stats.answer().metrics().keySet());
                LocalDate complete = stats.answer().recordsCompleteFrom();
                if (complete != null && from.isBefore(complete)) {
                    a.warnings.add(new RunWarning("RECORDS_INCOMPLETE", null, stats.line().name(),
                            stats.line().label() + "服务自 " + complete + " 起记录完整，本期间起始（" + from
                                    + "）早于该日期：未人工填报的数据可能不全"));
                }
            }
        }
        for (String name : names) {
            a.decide(name, manualByMetric.get(name));
        }
        a.addCumulative();
        boolean partYear = to != null && targetYear != null
                && !(from.equals(LocalDate.of(targetYear, 1, 1)) && to.equals(LocalDate.of(targetYear, 12, 31)));
        for (Entered t : targets) {
            a.values.put(Expression.TARGET_PREFIX + t.metric(), new MetricValue(Expression.TARGET_PREFIX + t.metric(),
                    plain(t.value()), MetricValue.TARGET, t.asOf(), false, t.id(), t.enteredBy(),
                    targetYear + "年度任务指标" + (partYear ? "（全年目标，未按期间折算）" : "")));
            if (partYear) {
                a.warnings.add(new RunWarning("PART_YEAR_TARGET", Expression.TARGET_PREFIX + t.metric(), null,
                        "本期（" + from + "至" + to + "）不足全年，任务指标 " + t.metric() + " 为" + targetYear + "年全年目标 "
                                + plain(t.value()).toPlainString() + "，未按期间折算：相关完成率为全年任务的完成进度（时间进度"
                                + timeShare(from, to, targetYear) + "%）"));
            }
        }
        manual.derived().forEach(a::derive);
        return a;
    }

    /**
     * A derived figure of the catalog (DERIVED, e.g. «已超额完成213件»: accepted less the target), computed from the run's
     * figures; left out when a figure it needs has no value, or when it must be positive and is not.
     */
    private void derive(CatalogEntry entry) {
        Outcome outcome = ExpressionParser.parse(entry.formula()).evaluate(lookup());
        if (!outcome.hasValue() || (entry.positiveOnly() && outcome.value().signum() <= 0)) {
            return;
        }
        values.put(entry.metric(), new MetricValue(entry.metric(), plain(outcome.value()), MetricValue.DERIVED, null, false, null, null,
                "推算：" + entry.formula()));
    }

    /** Days of the period over days of the year, in percent with one decimal. */
    static String timeShare(LocalDate from, LocalDate to, int year) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long yearDays = LocalDate.of(year, 1, 1).lengthOfYear();
        return BigDecimal.valueOf(days * 100).divide(BigDecimal.valueOf(yearDays), 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code cumulative:<metric>} for every metric a line answered with its records since the beginning. */
    private void addCumulative() {
        for (LineStats stats : cumulative.values()) {
            if (!stats.available()) {
                continue;
            }
            Line line = stats.line();
            LocalDate complete = stats.answer().recordsCompleteFrom();
            Instant asOf = stats.answer().asOf() == null ? stats.fetchedAt() : stats.answer().asOf();
            String note = complete == null ? "累计数（自有记录起）" : "累计数：服务自 " + complete + " 起记录完整，此前的记录可能不全";
            stats.answer().metrics().forEach((name, value) -> {
                String key = Expression.CUMULATIVE_PREFIX + name;
                Entered opening = openings.get(name);
                if (opening == null) {
                    values.put(key, new MetricValue(key, plain(value), line.source(), asOf, complete != null, null, null, note));
                    return;
                }
                // the opening balance (期初数) covers what came before the records: the sum is whole
                values.put(key, new MetricValue(key, plain(value.add(opening.value())), line.source(), asOf, false, opening.id(),
                        opening.enteredBy(), "累计数（自有记录起）" + plain(value).toPlainString() + "，另加人工填报的期初数"
                        + plain(opening.value()).toPlainString() + "（" + opening.periodLabel() + "）"));
            });
            if (complete != null) {
                warnings.add(new RunWarning("CUMULATIVE_RECORDS_INCOMPLETE", null, line.name(), line.label()
                        + "服务自 " + complete + " 起记录完整：累计数（自有记录起）可能不含此前的数据"));
            }
        }
    }

    private void decide(String name, Entered manual) {
        Line line = Line.of(name);
        LineStats stats = line == null ? null : lines.get(line);
        if (line != null && (stats == null || !stats.available())) {
            if (manual != null) {
                warnings.add(new RunWarning("MANUAL_FIGURE_NOT_USED", name, line.name(), "人工填报的 " + name + " = "
                        + plain(manual.value()).toPlainString() + " 未采用：" + line.label() + "服务不可用，无法判断应以何者为准"));
            }
            return;
        }
        BigDecimal service = stats == null ? null : stats.answer().metrics().get(name);
        if (service == null) {
            values.put(name, manualValue(manual, null));
            return;
        }
        service = plain(service);
        LocalDate complete = stats.answer().recordsCompleteFrom();
        boolean partial = complete != null && from.isBefore(complete);
        Instant asOf = stats.answer().asOf() == null ? stats.fetchedAt() : stats.answer().asOf();
        if (manual == null) {
            values.put(name, new MetricValue(name, service, line.source(), asOf, partial, null, null,
                    partial ? "服务记录自 " + complete + " 起完整，本期数据可能不全" : null));
            return;
        }
        BigDecimal entered = plain(manual.value());
        boolean differ = entered.compareTo(service) != 0;
        if (partial) {
            values.put(name, manualValue(manual, differ ? "服务值 " + service.toPlainString() + "（记录不完整）未采用" : null));
            if (differ) {
                warnings.add(new RunWarning("MANUAL_FIGURE_PREVAILS", name, line.name(), name + "：本期早于" + line.label()
                        + "服务记录完整日期 " + complete + "，采用人工填报值 " + entered.toPlainString() + "，服务值 "
                        + service.toPlainString() + " 不全"));
            }
            return;
        }
        values.put(name, new MetricValue(name, service, line.source(), asOf, false, null, null,
                differ ? "人工填报值 " + entered.toPlainString() + " 与服务值不一致，采用服务值" : null));
        if (differ) {
            warnings.add(new RunWarning("MANUAL_FIGURE_DISAGREES", name, line.name(), name + "：人工填报值 "
                    + entered.toPlainString() + " 与" + line.label() + "服务值 " + service.toPlainString() + " 不一致，采用服务值"));
        }
    }

    private static MetricValue manualValue(Entered m, String note) {
        String parts = m.parts() > 1 ? m.parts() + "个分期填报数据之和" : null;
        String all = parts == null ? note : note == null ? parts : parts + "；" + note;
        return new MetricValue(m.metric(), plain(m.value()), MetricValue.MANUAL, m.asOf(), false, m.id(), m.enteredBy(), all,
                m.periodLabel());
    }

    /**
     * Figures from this service's own records (the spending rows of the run's year): they stand for their names; a manual
     * figure of the same name is replaced, and a different one is a warning.
     */
    public MetricAssembler add(List<MetricValue> own) {
        for (MetricValue v : own) {
            MetricValue manual = values.put(v.name(), v);
            if (manual != null && manual.value().compareTo(v.value()) != 0) {
                warnings.add(new RunWarning("MANUAL_FIGURE_NOT_USED", v.name(), null, "人工填报的 " + v.name() + " = "
                        + manual.value().toPlainString() + " 未采用：采用预算支出数据 " + v.value().toPlainString()));
            }
        }
        return this;
    }

    public List<MetricValue> values() {
        return List.copyOf(values.values());
    }

    public List<RunWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** Resolves names for the calculator: a value, unavailable (line down) or missing (nobody reported it). */
    public Function<String, Resolution> lookup() {
        return name -> {
            MetricValue v = values.get(name);
            if (name.startsWith(Expression.CUMULATIVE_PREFIX)) {
                return cumulative(name, v);
            }
            if (name.startsWith(Expression.TARGET_PREFIX)) {
                return v != null ? Resolution.of(v.value()) : Resolution.missing(targetYear == null
                        ? "期间跨年度，无法对应任务指标：" + name
                        : "未设定" + targetYear + "年度任务指标：" + name.substring(Expression.TARGET_PREFIX.length()));
            }
            Line line = Line.of(name);
            if (line != null) {
                LineStats stats = lines.get(line);
                if (stats == null || !stats.available()) {
                    return Resolution.unavailable(stats == null ? line.label() + "服务不可用" : stats.reason());
                }
            }
            if (v != null) {
                return Resolution.of(v.value());
            }
            return Resolution.missing("无数据：" + name + (line == null ? "（未人工填报）" : "（" + line.label() + "服务未报告该指标，也未人工填报）"));
        };
    }

    private Resolution cumulative(String name, MetricValue v) {
        Line line = Line.of(name.substring(Expression.CUMULATIVE_PREFIX.length()));
        if (line == null) {
            return Resolution.missing("无数据：" + name + "（累计数只来自业务服务）");
        }
        LineStats stats = cumulative.get(line);
        if (stats == null || !stats.available()) {
            return Resolution.unavailable("累计数不可用：" + (stats == null ? line.label() + "服务未提供累计数" : stats.reason()));
        }
        return v != null ? Resolution.of(v.value())
                : Resolution.missing("无数据：" + name + "（" + line.label() + "服务未报告该累计指标）");
    }

    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
