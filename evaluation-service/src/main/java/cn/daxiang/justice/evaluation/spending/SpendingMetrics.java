package cn.daxiang.justice.evaluation.spending;

import cn.daxiang.justice.evaluation.calc.MetricValue;
import cn.daxiang.justice.evaluation.domain.Fund;
import cn.daxiang.justice.evaluation.domain.Spending;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The spending rows of one org unit and year as a run's metrics (source {@code SPENDING}): totals
 * {@code spending.budget.initial}, {@code spending.budget.adjusted}, {@code spending.spent}; by fund
 * {@code spending.basic.*} and {@code spending.projects.*} (with {@code spending.projects.withTarget} and
 * {@code .achieved}, the projects with an output target and those that reached it); and per project
 * {@code spending.project.<code>.budget.initial|budget.adjusted|spent|output.target|output.achieved}, whose note is
 * the project's name (the report's project lines).
 */
public final class SpendingMetrics {

    public static final String SOURCE = "SPENDING";
    public static final String PREFIX = "spending.";
    public static final String PROJECT_PREFIX = "spending.project.";
    /** The note of a per-project metric: 项目：<name>. */
    public static final String PROJECT_NOTE = "项目：";
    /** What follows the project's name in the note of an output metric: ；产出单位：<unit>. */
    public static final String UNIT_NOTE = "；产出单位：";

    private SpendingMetrics() {
    }

    public static List<MetricValue> of(List<Spending> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Instant asOf = rows.stream().map(r -> r.updatedAt).max(Comparator.naturalOrder()).orElse(null);
        List<Spending> basic = rows.stream().filter(r -> r.fund == Fund.BASIC).toList();
        List<Spending> projects = rows.stream().filter(r -> r.fund == Fund.PROJECT).toList();
        List<MetricValue> out = new ArrayList<>();
        String note = rows.size() + "行预算支出数据";
        out.add(value("spending.budget.initial", sum(rows, r -> r.budgeted), asOf, note));
        out.add(value("spending.budget.adjusted", sum(rows, r -> r.adjusted), asOf, note));
        out.add(value("spending.spent", sum(rows, r -> r.spent), asOf, note));
        out.add(value("spending.basic.budget.adjusted", sum(basic, r -> r.adjusted), asOf, null));
        out.add(value("spending.basic.spent", sum(basic, r -> r.spent), asOf, null));
        out.add(value("spending.projects.budget.adjusted", sum(projects, r -> r.adjusted), asOf, null));
        out.add(value("spending.projects.spent", sum(projects, r -> r.spent), asOf, null));
        List<Spending> withTarget = projects.stream().filter(r -> r.outputTarget != null).toList();
        out.add(value("spending.projects.withTarget", BigDecimal.valueOf(withTarget.size()), asOf, null));
        out.add(value("spending.projects.achieved", BigDecimal.valueOf(withTarget.stream()
                .filter(r -> r.outputAchieved != null && r.outputAchieved.compareTo(r.outputTarget) >= 0).count()), asOf, null));
        for (Spending p : projects) {
            String base = PROJECT_PREFIX + p.projectCode + ".";
            String name = PROJECT_NOTE + p.projectName;
            out.add(value(base + "budget.initial", p.budgeted, p.updatedAt, name));
            out.add(value(base + "budget.adjusted", p.adjusted, p.updatedAt, name));
            out.add(value(base + "spent", p.spent, p.updatedAt, name));
            if (p.outputTarget != null) {
                out.add(value(base + "output.target", p.outputTarget, p.updatedAt, name + (p.outputUnit == null ? "" : UNIT_NOTE + p.outputUnit)));
            }
            if (p.outputAchieved != null) {
                out.add(value(base + "output.achieved", p.outputAchieved, p.updatedAt, name + (p.outputUnit == null ? "" : UNIT_NOTE + p.outputUnit)));
            }
        }
        return out;
    }

    private static BigDecimal sum(List<Spending> rows, Function<Spending, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static MetricValue value(String name, BigDecimal value, Instant asOf, String note) {
        BigDecimal plain = value.stripTrailingZeros();
        return new MetricValue(name, plain.scale() < 0 ? plain.setScale(0) : plain, SOURCE, asOf, false, null, null, note);
    }
}
