package cn.daxiang.justice.evaluation.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one line contributed to a run: its answer, or why it could not be had. */
public record LineStats(Line line, boolean available, StatsAnswer answer, String reason, Instant fetchedAt) {

    public static LineStats unavailable(Line line, String reason) {
        return new LineStats(line, false, null, reason, Instant.now());
    }

    /**
     * Accepts an answer only if it is one: metrics present, numbers only, for the org unit and
     * period asked. Anything else is a failure (retried, counted by the breaker), never data.
     */
    public static LineStats checked(Line line, StatsAnswer answer, String orgUnit, LocalDate from, LocalDate to) {
        return checked(line, answer, orgUnit, List.of(), from, to);
    }

    /** The same, for an answer grouped by child: it must also hold a valid answer for each of {@code children}. */
    public static LineStats checked(Line line, StatsAnswer answer, String orgUnit, List<String> children, LocalDate from, LocalDate to) {
        if (answer == null || answer.metrics() == null) {
            throw new InvalidStatsAnswer("应答中没有 metrics");
        }
        if (answer.orgUnit() != null && !answer.orgUnit().equals(orgUnit)) {
            throw new InvalidStatsAnswer("应答的机构 " + answer.orgUnit() + " 与请求的 " + orgUnit + " 不符");
        }
        // a cumulative request (from null) must be answered as one: an answer with a from is for another period
        if ((answer.to() != null && !answer.to().equals(to)) || (answer.from() != null && !answer.from().equals(from))) {
            throw new InvalidStatsAnswer("应答的统计期间与请求不符");
        }
        for (Map.Entry<String, BigDecimal> e : answer.metrics().entrySet()) {
            if (e.getValue() == null || Line.of(e.getKey()) != line) {
                throw new InvalidStatsAnswer("指标 " + e.getKey() + " 无效");
            }
        }
        for (String child : children) {
            checked(line, child(answer, child).orElseThrow(() -> new InvalidStatsAnswer("应答中缺少下级机构 " + child + " 的统计")),
                    child, from, to);
        }
        return new LineStats(line, true, answer, null, Instant.now());
    }

    /** What the line contributed for one child of the org unit asked (an answer grouped by child, checked). */
    public LineStats forChild(String child) {
        if (!available) {
            return unavailable(line, reason);
        }
        return new LineStats(line, true, child(answer, child).orElseThrow(), null, fetchedAt);
    }

    private static Optional<StatsAnswer> child(StatsAnswer answer, String child) {
        return answer.children() == null ? Optional.empty()
                : answer.children().stream().filter(c -> c != null && child.equals(c.orgUnit())).findFirst();
    }

    /** An answer that parsed but is not a stats answer for the request. */
    public static class InvalidStatsAnswer extends RuntimeException {
        public InvalidStatsAnswer(String message) {
            super(message, null, false, false);
        }
    }
}
