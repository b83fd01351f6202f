package cn.daxiang.justice.evaluation.calc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** Whether a work line's service answered for a run, and as of when. */
@Schema(name = "LineStatus", description = "业务线数据来源状态 / a line's service in a run")
public record LineStatus(
        @Schema(enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID", "PERSONS"}) String line,
        @Schema(example = "legalaid-service") String service,
        @Schema(description = "中文名称") String label,
        @Schema(implementation = String.class, enumeration = {"AVAILABLE", "UNAVAILABLE"}) Availability status,
        @Schema(description = "Why it is unavailable / 不可用原因", nullable = true) String reason,
        @Schema(nullable = true) Instant asOf,
        @Schema(description = "The date from which the service holds every record", nullable = true) LocalDate recordsCompleteFrom,
        int metricsReported,
        @Schema(implementation = String.class, enumeration = {"AVAILABLE", "UNAVAILABLE"},
                description = "The cumulative request (累计, since the records began) / 累计数据状态")
        Availability cumulativeStatus,
        @Schema(description = "Why the cumulative figures are unavailable / 累计数据不可用原因", nullable = true) String cumulativeReason,
        @Schema(description = "asOf of the cumulative answer", nullable = true) Instant cumulativeAsOf) {
}
