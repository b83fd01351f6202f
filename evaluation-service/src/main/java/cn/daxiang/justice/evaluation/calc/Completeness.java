package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.client.FetchedStats;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.LineStats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which offices below a run's org unit reported each line for the period (数据完整性): an office has reported a line when
 * the line has records for it in the period (any figure of its answer for the office above zero: a screening report,
 * 零上报 screenings included, a case, a subject under correction) or when it filed a zero report (零报告) for every month
 * the period touches. Computed once, when the run is made with its children, from the answers grouped by child that the
 * run fetches anyway; frozen with the run.
 */
public final class Completeness {

    public static final String WARNING = "REPORTING_INCOMPLETE";

    private Completeness() {
    }

    /** One line's completeness over the children of the run's org unit. */
    @Schema(name = "LineCompleteness", description = "各司法所报送情况 / which offices reported one line")
    public record LineCompleteness(
            @Schema(enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID"}) String line,
            String label,
            @Schema(description = "AVAILABLE, or UNAVAILABLE when the line could not be reached (nothing counted)") Availability status,
            @Schema(description = "应报送机构数") int expected,
            @Schema(description = "已报送机构数（含零报告）") int reported,
            @Schema(description = "以零报告计为已报送的机构数") int zeroReported,
            @Schema(description = "未报送也未填报零报告的机构") List<Office> missing) {
    }

    /** An office by code and name. */
    @Schema(name = "CompletenessOffice")
    public record Office(String orgUnit, String name) {
    }

    /**
     * @param zeroReports per office, the lines and months ({@code yyyymm}) of its zero reports in the period
     */
    public static List<LineCompleteness> of(List<String> children, Map<String, FetchedStats> fetched,
                                            Map<String, Set<String>> zeroReports, LocalDate from, LocalDate to,
                                            Function<String, String> names) {
        List<String> months = months(from, to);
        List<LineCompleteness> out = new ArrayList<>();
        for (Line line : Line.reportedByOffices()) {
            boolean available = children.stream().allMatch(c -> {
                LineStats s = fetched.get(c) == null ? null : fetched.get(c).period().get(line);
                return s != null && s.available();
            });
            if (!available) {
                out.add(new LineCompleteness(line.name(), line.label(), Availability.UNAVAILABLE, children.size(), 0, 0, List.of()));
                continue;
            }
            int reported = 0;
            int zero = 0;
            List<Office> missing = new ArrayList<>();
            for (String child : children) {
                if (hasRecords(fetched.get(child).period().get(line).answer().metrics().values())) {
                    reported++;
                } else if (months.stream().allMatch(m -> zeroReports.getOrDefault(child, Set.of()).contains(line.name() + "|" + m))) {
                    reported++;
                    zero++;
                } else {
                    missing.add(new Office(child, names.apply(child)));
                }
            }
            out.add(new LineCompleteness(line.name(), line.label(), Availability.AVAILABLE, children.size(), reported, zero, missing));
        }
        return out;
    }

    /** One warning per line with offices missing: 「人民调解：14个下级机构中2个未报送本期数据，也未填报零报告（…）」. */
    public static List<RunWarning> warnings(List<LineCompleteness> completeness) {
        return completeness.stream().filter(c -> !c.missing().isEmpty())
                .map(c -> new RunWarning(WARNING, null, c.line(), c.label() + "：" + c.expected() + "个下级机构中" + c.missing().size()
                        + "个未报送本期数据，也未填报零报告（" + String.join("、", c.missing().stream().map(Office::name).toList()) + "）"))
                .toList();
    }

    /**
     * The report's sentence (一、基本情况): 「下级机构报送情况：社区矫正14个下级机构均已报送；法律援助14个下级机构中13个已报送（含零报告1个），
     * 未报送：蔡锷乡司法所。」; null for a run made without its children.
     */
    public static String sentence(List<LineCompleteness> completeness) {
        if (completeness == null || completeness.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (LineCompleteness c : completeness) {
            String zero = c.zeroReported() == 0 ? "" : "（含零报告" + c.zeroReported() + "个）";
            if (c.status() != Availability.AVAILABLE) {
                parts.add(c.label() + "服务不可用，报送情况未能核对");
            } else if (c.missing().isEmpty()) {
                parts.add(c.label() + c.expected() + "个下级机构均已报送" + zero);
            } else {
                parts.add(c.label() + c.expected() + "个下级机构中" + c.reported() + "个已报送" + zero + "，未报送："
                        + String.join("、", c.missing().stream().map(Office::name).toList()));
            }
        }
        return "下级机构报送情况：" + String.join("；", parts) + "。";
    }

    /** The key of a zero report in {@code zeroReports}: {@code LINE|yyyymm}. */
    public static String key(Line line, int year, int month) {
        return line.name() + "|" + (year * 100 + month);
    }

    static List<String> months(LocalDate from, LocalDate to) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(String.valueOf(m.getYear() * 100 + m.getMonthValue()));
        }
        return months;
    }

    private static boolean hasRecords(Collection<BigDecimal> figures) {
        return figures.stream().anyMatch(v -> v != null && v.signum() > 0);
    }
}
