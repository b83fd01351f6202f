package cn.daxiang.justice.evaluation.calc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/** One figure a run used, with where it came from. */
@Schema(name = "MetricValue", description = "运行所用数据及其来源 / one figure and its source")
public record MetricValue(
        @Schema(example = "legalaid.cases.accepted") String name,
        @Schema(example = "593") BigDecimal value,
        @Schema(description = "CORRECTIONS_SERVICE, MEDIATION_SERVICE, LEGAL_AID_SERVICE, PERSONS_SERVICE (cross-line figures from the lines' person events), MANUAL, TARGET, SPENDING or DERIVED") String source,
        @Schema(description = "When the source computed or entered it / 数据时点; null for a DERIVED figure (computed here from others)",
                nullable = true) Instant asOf,
        @Schema(description = "From a service whose records are not complete for the period / 服务记录不完整") boolean partial,
        @Schema(description = "Manual figure or target id, if any", nullable = true) String reference,
        @Schema(description = "Who entered it (manual figures, targets) / 填报人", nullable = true) String enteredBy,
        @Schema(description = "说明，如与人工填报值不一致", nullable = true) String note,
        @Schema(description = "人工填报数据只覆盖本期的一部分时，所覆盖的期间，如“自2021年6月1日起” / what part of the period a manual figure covers",
                nullable = true) String periodLabel) {

    public static final String MANUAL = "MANUAL";
    /** Computed by the run from other figures (the manual-figure catalog's DERIVED entries). */
    public static final String DERIVED = "DERIVED";

    public MetricValue(String name, BigDecimal value, String source, Instant asOf, boolean partial, String reference,
                       String enteredBy, String note) {
        this(name, value, source, asOf, partial, reference, enteredBy, note, null);
    }
    public static final String TARGET = "TARGET";
}
