package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.calc.CatalogEntry;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.calc.MetricValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sentences of the manual-figure catalog (issue 23): each section's entries with a template, grouped by their lead in
 * position order, one sentence per lead with the figures the run has («学习教育：举行政治学习7次，党史教育3次…»). A figure
 * that covers only part of the period says so after it, once per sentence («共收到行政复议15件（自2021年6月1日起）»);
 * the rates of {@link Phrases#CATALOG_RATES} follow the figures. A metric a {@link Phrases} sentence already writes is left
 * to it (the catalog's «已超额完成…件» sits in legal aid's first sentence).
 */
final class CatalogSentences {

    private CatalogSentences() {
    }

    static List<String> write(String section, List<CatalogEntry> catalog, Map<String, MetricValue> metrics,
                              Map<String, IndicatorResult> indicators) {
        Map<String, List<CatalogEntry>> byLead = new LinkedHashMap<>();
        catalog.stream().filter(c -> c.section().equals(section) && c.template() != null && !Phrases.covered(c.metric()))
                .sorted(Comparator.comparingInt(CatalogEntry::position))
                .forEach(c -> byLead.computeIfAbsent(c.lead(), k -> new ArrayList<>()).add(c));
        List<String> out = new ArrayList<>();
        byLead.forEach((lead, entries) -> {
            List<String> parts = new ArrayList<>();
            String lastLabel = null;
            for (CatalogEntry c : entries) {
                MetricValue m = metrics.get(c.metric());
                if (m == null || m.value() == null) {
                    continue;
                }
                String label = m.periodLabel();
                parts.add(c.template().formatted(Numbers.plain(m.value()))
                        + (label != null && !label.equals(lastLabel) ? "（" + label + "）" : ""));
                lastLabel = label;
            }
            if (parts.isEmpty()) {
                return;
            }
            Phrases.CATALOG_RATES.getOrDefault(lead, List.of()).stream()
                    .map(p -> {
                        String value = ReportBuilder.figure(p.ref(), metrics, indicators);
                        return value == null ? null : p.template().formatted(value);
                    })
                    .filter(Objects::nonNull).forEach(parts::add);
            out.add(lead + String.join("，", parts) + "。");
        });
        return out;
    }

    /** Whether a catalog sentence writes this metric. */
    static boolean covered(List<CatalogEntry> catalog, String metric) {
        return catalog.stream().anyMatch(c -> c.metric().equals(metric) && c.template() != null);
    }
}
