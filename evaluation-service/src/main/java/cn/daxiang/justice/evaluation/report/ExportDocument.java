package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.domain.RunStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A run's values for the provincial platform (省级平台报送). Field names, indicator codes, metric
 * names, status and source codes are stable: never renamed or reused; new ones are only added.
 */
@Schema(name = "RunExport", description = "报送省级平台的数据（代码稳定，只增不改） / a run's values with stable codes")
public record ExportDocument(
        @Schema(description = "Version of this format; bumped only when fields are added", example = "1") int formatVersion,
        UUID runId,
        @Schema(example = "430503000000") String orgUnit,
        @Schema(example = "2021-01-01") LocalDate periodFrom,
        @Schema(example = "2021-12-31") LocalDate periodTo,
        @Schema(implementation = String.class, enumeration = {"COMPLETE", "PARTIAL"}) RunStatus runStatus,
        Instant runCreatedAt,
        List<IndicatorRow> indicators,
        List<MetricRow> metrics) {

    public static final int FORMAT_VERSION = 1;

    @Schema(name = "RunExportIndicator")
    public record IndicatorRow(
            String orgUnit, LocalDate periodFrom, LocalDate periodTo,
            @Schema(example = "LEGALAID_TASK_COMPLETION_RATE") String indicatorCode,
            @Schema(description = "null unless status is OK", example = "156.1", nullable = true) BigDecimal value,
            @Schema(example = "593", nullable = true) BigDecimal numerator,
            @Schema(example = "380", nullable = true) BigDecimal denominator,
            @Schema(implementation = String.class, enumeration = {"OK", "UNAVAILABLE", "NO_DATA"}) IndicatorResult.Status status,
            @Schema(example = "%") String unit,
            @Schema(example = "1") long definitionVersion) {
    }

    @Schema(name = "RunExportMetric")
    public record MetricRow(
            String orgUnit, LocalDate periodFrom, LocalDate periodTo,
            @Schema(example = "legalaid.cases.accepted") String metric,
            @Schema(example = "593") BigDecimal value,
            @Schema(description = "CORRECTIONS_SERVICE, MEDIATION_SERVICE, LEGAL_AID_SERVICE, PERSONS_SERVICE, MANUAL, TARGET, SPENDING "
                    + "or DERIVED") String source,
            @Schema(description = "When the source computed or entered it; null for a DERIVED figure", nullable = true) Instant asOf) {
    }
}
