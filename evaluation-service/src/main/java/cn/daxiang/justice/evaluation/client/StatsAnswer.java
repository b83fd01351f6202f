package cn.daxiang.justice.evaluation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A line's answer to {@code GET /api/v1/{line}/stats}: the shape of the kit's {@code StatsResponse},
 * read with exact decimals (the kit's {@code Map<String, Number>} would turn 0.1 into a double)
 * and tolerant of fields a line may add later. {@code children}: each direct child's answer, when asked
 * with {@code groupBy=child}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatsAnswer(String orgUnit, LocalDate from, LocalDate to, Instant asOf, LocalDate recordsCompleteFrom,
                          Map<String, BigDecimal> metrics, List<StatsAnswer> children) {

    /** An answer for the org unit alone. */
    public StatsAnswer(String orgUnit, LocalDate from, LocalDate to, Instant asOf, LocalDate recordsCompleteFrom,
                       Map<String, BigDecimal> metrics) {
        this(orgUnit, from, to, asOf, recordsCompleteFrom, metrics, null);
    }
}
