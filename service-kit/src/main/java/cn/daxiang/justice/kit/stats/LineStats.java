package cn.daxiang.justice.kit.stats;

/** A line's figures, computed in SQL from its records, and the catalog that names them. */
public interface LineStats {

    /** Every metric of the catalog for the period's org unit (and everything below it). */
    java.util.Map<String, Number> compute(StatsPeriod period);

    MetricCatalog catalog();
}
