package cn.daxiang.justice.kit.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What {@code GET /api/v1/{line}/stats} answers (see the conventions, "Stats"). */
@Schema(name = "StatsResponse", description = "业务统计 / a line's metrics for one org unit and period")
public record StatsResponse(
        String orgUnit,
        @Schema(description = "Start of the period; null means since the beginning (累计)", nullable = true)
        LocalDate from,
        LocalDate to,
        @Schema(description = "When the figures were computed")
        Instant asOf,
        @Schema(description = "The date from which the service holds every record; earlier periods are partial", nullable = true)
        LocalDate recordsCompleteFrom,
        Map<String, Number> metrics,
        @Schema(description = "With `groupBy=child`: the same answer for each direct child of the org unit, by code; "
                + "otherwise null / 下级机构的统计", nullable = true)
        List<StatsResponse> children) {
}
