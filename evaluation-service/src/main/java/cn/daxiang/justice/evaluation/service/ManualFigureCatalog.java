package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.calc.CatalogEntry;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.domain.ManualFigureCatalogEntry;
import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Sort;

import java.util.List;

/**
 * The manual-figure catalog (人工填报目录, issue 23, migration V19): what may be entered by hand, under which Chinese name
 * and unit, and where the report writes it.
 */
public final class ManualFigureCatalog {

    private ManualFigureCatalog() {
    }

    /** The whole catalog in report order (section, then position). */
    public static List<CatalogEntry> entries() {
        return ManualFigureCatalogEntry.<ManualFigureCatalogEntry>listAll(Sort.ascending("position").and("metric")).stream()
                .map(ManualFigureCatalog::entry).toList();
    }

    static CatalogEntry entry(ManualFigureCatalogEntry e) {
        return new CatalogEntry(e.metric, e.kind, e.name, e.unit, e.section, e.lead, e.position, e.template, e.aggregation,
                e.openingBalance, e.formula, e.positiveOnly);
    }

    /**
     * A manual figure's metric must be in the catalog (not a derived one), or a work line's metric (entered for a period
     * before the line's records begin, as before the catalog); an opening balance {@code opening:<metric>} only where the
     * catalog allows one. Otherwise 400 on {@code metric}.
     */
    static void requireEnterable(String metric) {
        boolean opening = metric.startsWith(CatalogEntry.OPENING_PREFIX);
        String name = opening ? metric.substring(CatalogEntry.OPENING_PREFIX.length()) : metric;
        ManualFigureCatalogEntry entry = ManualFigureCatalogEntry.findById(name);
        if (opening) {
            if (entry == null || !entry.openingBalance) {
                throw ApiException.invalid("metric", "指标 " + name + " 不能填报期初数：人工填报目录中可填报期初数的指标见 manual-figures/catalog");
            }
            return;
        }
        if (entry != null && CatalogEntry.DERIVED.equals(entry.kind)) {
            throw ApiException.invalid("metric", "指标 " + name + "（" + entry.name + "）由其他数据推算，不能人工填报");
        }
        if (entry == null && Line.of(name) == null) {
            throw ApiException.invalid("metric", "指标 " + name + " 不在人工填报目录中，也不是业务线的指标：请按 manual-figures/catalog 填报");
        }
    }
}
