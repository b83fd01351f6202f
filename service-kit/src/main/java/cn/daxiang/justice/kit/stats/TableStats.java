package cn.daxiang.justice.kit.stats;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The metrics one table (with its joins) answers, as ONE aggregate statement: a column per metric,
 * {@code count(*) FILTER (WHERE ...)} or any aggregate, over the rows of the org unit's scope and
 * the statement's own restriction. Fragments use {@code :from} and {@code :to} (bound once); a
 * metric whose condition depends on the answering unit's scope writes {@code {scope}} for its LIKE
 * pattern. Grouped by child, the same single pass answers the unit and each child
 * ({@code GROUPING SETS}), a {@code {scope}} metric getting one column per level.
 */
public final class TableStats {

    static final String SCOPE = "{scope}";

    private record Metric(String key, String expression, Function<Object, Number> value) {
    }

    private final String from;
    private final String orgUnitColumn;
    private String where;
    private final List<Metric> metrics = new ArrayList<>();

    private TableStats(String from, String orgUnitColumn) {
        this.from = from;
        this.orgUnitColumn = orgUnitColumn;
    }

    /** {@code from}: the table with its alias and joins; {@code orgUnitColumn}: the column the scope is matched on. */
    public static TableStats over(String from, String orgUnitColumn) {
        return new TableStats(from, orgUnitColumn);
    }

    /** The rows any metric can count (so that indexes on the dates serve the statement), besides the scope. */
    public TableStats where(String condition) {
        this.where = condition;
        return this;
    }

    /** {@code count(*)} of the rows meeting {@code condition}; null: every row. */
    public TableStats count(String key, String condition) {
        return aggregate(key, condition == null ? "count(*)" : "count(*) FILTER (WHERE " + condition + ")", TableStats::whole);
    }

    /** A whole-number aggregate ({@code count(DISTINCT ...)}, a {@code sum} of integers); null reads as 0. */
    public TableStats number(String key, String aggregate) {
        return aggregate(key, "coalesce(" + aggregate + ", 0)", TableStats::whole);
    }

    /** A sum of money: exact, two decimals; null reads as 0.00. */
    public TableStats amount(String key, String aggregate) {
        return aggregate(key, "coalesce(" + aggregate + ", 0)",
                v -> new BigDecimal(v.toString()).setScale(2, RoundingMode.UNNECESSARY));
    }

    private TableStats aggregate(String key, String expression, Function<Object, Number> value) {
        metrics.add(new Metric(key, expression, value));
        return this;
    }

    public List<String> keys() {
        return metrics.stream().map(Metric::key).toList();
    }

    private String restriction() {
        return " FROM " + from + " WHERE " + orgUnitColumn + " LIKE :scope" + (where == null ? "" : " AND (" + where + ")");
    }

    /** The statement for the unit alone. */
    public String sql() {
        List<String> columns = metrics.stream().map(m -> m.expression().replace(SCOPE, ":scope")).toList();
        return "SELECT " + String.join(", ", columns) + restriction();
    }

    /**
     * The statement answering the unit (the row with {@code GROUPING(...) = 1}) and each child, the children
     * keyed by the first {@code childLength} digits of their codes.
     */
    public String groupedSql(int childLength) {
        String key = "left(" + orgUnitColumn + ", " + childLength + ")";
        List<String> columns = new ArrayList<>();
        for (Metric m : metrics) {
            columns.add(m.expression().replace(SCOPE, ":scope"));
            if (m.expression().contains(SCOPE)) {
                columns.add(m.expression().replace(SCOPE, "(" + key + " || '%')"));
            }
        }
        return "SELECT " + key + ", GROUPING(" + key + "), " + String.join(", ", columns) + restriction()
                + " GROUP BY GROUPING SETS ((), (" + key + "))";
    }

    /** Adds the unit's figures to {@code out}. */
    public void compute(EntityManager em, StatsPeriod period, Map<String, Number> out) {
        Object result = bind(em.createNativeQuery(sql()), sql(), period).getSingleResult();
        Object[] row = result instanceof Object[] r ? r : new Object[] {result};
        for (int i = 0; i < metrics.size(); i++) {
            out.put(metrics.get(i).key(), metrics.get(i).value().apply(row[i]));
        }
    }

    /**
     * Adds the unit's figures to {@code out.get(period.orgUnit())} and each child's to its own map, in one
     * statement. {@code children} maps the child's key (its first {@code childLength} digits) to its code;
     * a child without rows gets zeros.
     */
    public void computeByChild(EntityManager em, StatsPeriod period, int childLength, Map<String, String> children,
                               Map<String, Map<String, Number>> out) {
        String sql = groupedSql(childLength);
        Map<String, Object[]> rows = new HashMap<>();
        for (Object result : bind(em.createNativeQuery(sql), sql, period).getResultList()) {
            Object[] row = (Object[]) result;
            rows.put(((Number) row[1]).intValue() == 1 ? null : (String) row[0], row);
        }
        put(out.computeIfAbsent(period.orgUnit(), k -> new LinkedHashMap<>()), rows.get(null), true);
        children.forEach((key, code) -> put(out.computeIfAbsent(code, k -> new LinkedHashMap<>()), rows.get(key), false));
    }

    private void put(Map<String, Number> into, Object[] row, boolean unit) {
        int column = 2;
        for (Metric m : metrics) {
            boolean twoLevels = m.expression().contains(SCOPE);
            Object v = row == null ? 0L : row[column + (twoLevels && !unit ? 1 : 0)];
            into.put(m.key(), m.value().apply(v));
            column += twoLevels ? 2 : 1;
        }
    }

    private static Query bind(Query query, String sql, StatsPeriod period) {
        query.setParameter("scope", period.likePattern()).setParameter("to", period.to());
        if (sql.contains(":from")) {
            query.setParameter("from", period.fromOrEpoch());
        }
        return query;
    }

    private static Number whole(Object v) {
        return ((Number) v).longValue();
    }
}
