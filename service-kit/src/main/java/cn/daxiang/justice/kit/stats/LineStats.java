package cn.daxiang.justice.kit.stats;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line's figures, computed in SQL from its records, and the catalog that names them. Each table is
 * read by one aggregate statement ({@link TableStats}), for the unit alone or for it and its children.
 */
public interface LineStats {

    /** One statement per table, together answering every metric of the catalog. */
    List<TableStats> tables();

    MetricCatalog catalog();

    /** Every metric of the catalog for the period's org unit (and everything below it). */
    default Map<String, Number> compute(StatsPeriod period) {
        return compute(Panache.getEntityManager(), period);
    }

    default Map<String, Number> compute(EntityManager em, StatsPeriod period) {
        Map<String, Number> metrics = new LinkedHashMap<>();
        tables().forEach(t -> t.compute(em, period, metrics));
        return metrics;
    }

    /**
     * The same for the period's org unit and each child ({@code children}: the child's first
     * {@code childLength} digits to its code), in the same passes: unit and children by code.
     */
    default Map<String, Map<String, Number>> computeByChild(StatsPeriod period, int childLength, Map<String, String> children) {
        return computeByChild(Panache.getEntityManager(), period, childLength, children);
    }

    default Map<String, Map<String, Number>> computeByChild(EntityManager em, StatsPeriod period, int childLength,
                                                            Map<String, String> children) {
        Map<String, Map<String, Number>> metrics = new LinkedHashMap<>();
        tables().forEach(t -> t.computeByChild(em, period, childLength, children, metrics));
        return metrics;
    }
}
