package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.calc.MetricValue;
import cn.daxiang.justice.evaluation.spending.SpendingMetrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spending section's sentences that depend on which projects a year has (issue 23): the split by fund,
 * «其中基本支出150.00万元，项目支出60.00万元», and one line per project,
 * «法律援助办案补贴：预算20.00万元，实际支出18.50万元，执行率92.5%，产出目标380件，实际完成395件». Amounts in 万元 with two decimals
 * (a budget is read to the hundred yuan, unlike the seed's rounded «3.7万余元»).
 */
final class SpendingReport {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private SpendingReport() {
    }

    static List<String> paragraphs(Map<String, MetricValue> metrics) {
        List<String> out = new ArrayList<>();
        if (!metrics.containsKey("spending.spent")) {
            out.add("本期无预算支出数据（预算支出按年度录入，在年度评价中计入）。");
            return out;
        }
        out.add("其中基本支出" + wan(metrics.get("spending.basic.spent")) + "，项目支出" + wan(metrics.get("spending.projects.spent")) + "。");
        Map<String, Map<String, MetricValue>> projects = new LinkedHashMap<>();
        metrics.values().stream().filter(m -> m.name().startsWith(SpendingMetrics.PROJECT_PREFIX)).forEach(m -> {
            String rest = m.name().substring(SpendingMetrics.PROJECT_PREFIX.length());
            int dot = rest.indexOf('.');
            projects.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>()).put(rest.substring(dot + 1), m);
        });
        projects.forEach((code, figures) -> out.add(project(figures)));
        return out;
    }

    private static String project(Map<String, MetricValue> f) {
        MetricValue spent = f.get("spent");
        MetricValue adjusted = f.get("budget.adjusted");
        String note = spent.note();
        String name = note.startsWith(SpendingMetrics.PROJECT_NOTE) ? note.substring(SpendingMetrics.PROJECT_NOTE.length()) : note;
        StringBuilder s = new StringBuilder(name).append("：预算").append(wan(adjusted)).append("，实际支出").append(wan(spent));
        if (adjusted.value().signum() > 0) {
            s.append("，执行率").append(spent.value().multiply(BigDecimal.valueOf(100)).divide(adjusted.value(), 1, RoundingMode.HALF_UP)
                    .toPlainString()).append('%');
        }
        MetricValue target = f.get("output.target");
        MetricValue achieved = f.get("output.achieved");
        String unit = unit(target);
        if (target != null) {
            s.append("，产出目标").append(Numbers.plain(target.value())).append(unit);
        }
        if (achieved != null) {
            s.append("，实际完成").append(Numbers.plain(achieved.value())).append(unit);
        }
        return s.append('。').toString();
    }

    /** The unit the output's note carries (项目：法律援助办案补贴；产出单位：件), or none. */
    private static String unit(MetricValue target) {
        int at = target == null || target.note() == null ? -1 : target.note().indexOf(SpendingMetrics.UNIT_NOTE);
        return at < 0 ? "" : target.note().substring(at + SpendingMetrics.UNIT_NOTE.length());
    }

    private static String wan(MetricValue yuan) {
        BigDecimal v = yuan == null ? BigDecimal.ZERO : yuan.value();
        return v.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString() + "万元";
    }
}
