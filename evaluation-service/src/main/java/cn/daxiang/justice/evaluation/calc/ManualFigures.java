package cn.daxiang.justice.evaluation.calc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes the manual figures of one org unit into the run's figures, metric by metric (issue 23):
 * <ul>
 * <li>a figure for exactly the run's period is used as it is (as before issue 23);</li>
 * <li>otherwise the figures whose period lies within the run's are used: summed for a SUM metric
 *     (monthly figures add up to the year), the one with the latest end for a LATEST metric (a stock);
 *     a sum that does not cover the whole period is labelled with what it covers («自2021年6月1日起»);</li>
 * <li>a figure whose period straddles the run's boundary is not used and the run warns
 *     (MANUAL_FIGURE_STRADDLES): how much of it falls in the period cannot be known;</li>
 * <li>sub-period figures that overlap each other would count twice: the later-starting one is left out
 *     with a warning (MANUAL_FIGURE_OVERLAPS);</li>
 * <li>an opening balance {@code opening:<metric>} (期初数, "received before records began") whose date
 *     (its period's end) is on or before the run's end is kept for the cumulative figure of the metric.</li>
 * </ul>
 * A metric not in the catalog (a line's metric entered for a year before its records) is summed.
 */
public final class ManualFigures {

    /** A figure as stored. */
    public record Figure(String metric, LocalDate from, LocalDate to, BigDecimal value, Instant asOf, String id, String enteredBy) {
    }

    /** The run's manual figures (one per metric), opening balances by metric, warnings and the derived figures to compute. */
    public record Result(List<MetricAssembler.Entered> figures, Map<String, MetricAssembler.Entered> openings,
                         List<RunWarning> warnings, List<CatalogEntry> derived) {

        public static Result empty(List<CatalogEntry> derived) {
            return new Result(List.of(), Map.of(), List.of(), derived);
        }

        /** These figures as they are (already one per metric and period). */
        public Result withFigures(List<MetricAssembler.Entered> entered) {
            return new Result(entered, openings, warnings, derived);
        }
    }

    private ManualFigures() {
    }

    public static Result of(List<Figure> stored, Map<String, CatalogEntry> catalog, LocalDate from, LocalDate to) {
        List<RunWarning> warnings = new ArrayList<>();
        Map<String, Figure> openingFigures = new TreeMap<>();
        Map<String, List<Figure>> byMetric = new TreeMap<>();
        for (Figure f : stored) {
            if (f.metric().startsWith(CatalogEntry.OPENING_PREFIX)) {
                String metric = f.metric().substring(CatalogEntry.OPENING_PREFIX.length());
                Figure known = openingFigures.get(metric);
                if (!f.to().isAfter(to) && (known == null || known.to().isBefore(f.to()))) {
                    openingFigures.put(metric, f);
                }
                continue;
            }
            byMetric.computeIfAbsent(f.metric(), k -> new ArrayList<>()).add(f);
        }
        Map<String, MetricAssembler.Entered> openings = new TreeMap<>();
        openingFigures.forEach((metric, f) -> openings.put(metric, entered(metric, List.of(f), "截至" + date(f.to()))));
        List<MetricAssembler.Entered> figures = new ArrayList<>();
        byMetric.forEach((metric, list) -> {
            CatalogEntry entry = catalog.get(metric);
            MetricAssembler.Entered e = entry != null && entry.latest() ? latest(metric, list, from, to)
                    : sum(metric, list, from, to, warnings);
            if (e != null) {
                figures.add(e);
            }
        });
        List<CatalogEntry> derived = catalog.values().stream().filter(CatalogEntry::derived)
                .sorted(Comparator.comparingInt(CatalogEntry::position)).toList();
        return new Result(figures, openings, warnings, derived);
    }

    private static MetricAssembler.Entered sum(String metric, List<Figure> list, LocalDate from, LocalDate to,
                                               List<RunWarning> warnings) {
        for (Figure f : list) {
            if (f.from().equals(from) && f.to().equals(to)) {
                return entered(metric, List.of(f), null);
            }
        }
        List<Figure> used = new ArrayList<>();
        List<Figure> within = list.stream().sorted(Comparator.comparing(Figure::from).thenComparing(Figure::to, Comparator.reverseOrder()))
                .toList();
        for (Figure f : within) {
            if (f.from().isBefore(from) || f.to().isAfter(to)) {
                warnings.add(new RunWarning("MANUAL_FIGURE_STRADDLES", metric, null, "人工填报的 " + metric + "（" + date(f.from()) + "至"
                        + date(f.to()) + "）= " + MetricAssembler.plain(f.value()).toPlainString() + " 跨越本期起止日期（" + date(from) + "至"
                        + date(to) + "），无法确定属于本期的部分，未采用"));
                continue;
            }
            if (!used.isEmpty() && !f.from().isAfter(used.get(used.size() - 1).to())) {
                warnings.add(new RunWarning("MANUAL_FIGURE_OVERLAPS", metric, null, "人工填报的 " + metric + "（" + date(f.from()) + "至"
                        + date(f.to()) + "）与已采用的分期数据期间重叠，未重复计入"));
                continue;
            }
            used.add(f);
        }
        if (used.isEmpty()) {
            return null;
        }
        LocalDate first = used.get(0).from();
        LocalDate last = used.get(used.size() - 1).to();
        long covered = used.stream().mapToLong(f -> ChronoUnit.DAYS.between(f.from(), f.to()) + 1).sum();
        boolean gaps = covered < ChronoUnit.DAYS.between(first, last) + 1;
        // with a gap the dates covered are named in full: 「2021年1月1日至2021年3月31日，部分期间未填报」
        String label = gaps ? date(first) + "至" + date(last) + "，部分期间未填报" : label(first, last, from, to);
        return entered(metric, used, label);
    }

    private static MetricAssembler.Entered latest(String metric, List<Figure> list, LocalDate from, LocalDate to) {
        // a stock as of its period's end: any figure whose end lies in the run's period
        return list.stream().filter(f -> !f.to().isBefore(from) && !f.to().isAfter(to))
                .max(Comparator.comparing(Figure::to).thenComparing(Figure::from))
                .map(f -> entered(metric, List.of(f), f.to().equals(to) ? null : "截至" + date(f.to())))
                .orElse(null);
    }

    /** What a sum covers when not the whole period: 自…起, 截至…, or …至…; null when it is the whole period. */
    static String label(LocalDate first, LocalDate last, LocalDate from, LocalDate to) {
        boolean late = first.isAfter(from);
        boolean early = last.isBefore(to);
        if (late && early) {
            return date(first) + "至" + date(last);
        }
        if (late) {
            return "自" + date(first) + "起";
        }
        return early ? "截至" + date(last) : null;
    }

    private static MetricAssembler.Entered entered(String metric, List<Figure> used, String label) {
        BigDecimal value = used.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant asOf = used.stream().map(Figure::asOf).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        String ids = used.stream().map(Figure::id).collect(Collectors.joining(","));
        String by = used.stream().map(Figure::enteredBy).distinct().collect(Collectors.joining("、"));
        return new MetricAssembler.Entered(metric, value, asOf, ids, by, label, used.size());
    }

    /** 2021年6月1日 */
    public static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The catalog by metric. */
    public static Map<String, CatalogEntry> byMetric(List<CatalogEntry> catalog) {
        Map<String, CatalogEntry> out = new LinkedHashMap<>();
        catalog.forEach(c -> out.put(c.metric(), c));
        return out;
    }
}
