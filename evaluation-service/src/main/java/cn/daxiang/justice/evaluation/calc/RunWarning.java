package cn.daxiang.justice.evaluation.calc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the reader of a run must know: a disagreement between sources, incomplete records, an unused figure. */
@Schema(name = "RunWarning", description = "数据提示 / warning about the figures of a run")
public record RunWarning(
        @Schema(enumeration = {"MANUAL_FIGURE_DISAGREES", "MANUAL_FIGURE_PREVAILS", "RECORDS_INCOMPLETE", "MANUAL_FIGURE_NOT_USED",
                "CUMULATIVE_RECORDS_INCOMPLETE", "PART_YEAR_TARGET",
                "MANUAL_FIGURE_STRADDLES", "MANUAL_FIGURE_OVERLAPS", "REPORTING_INCOMPLETE"})
        String code,
        @Schema(nullable = true) String metric,
        @Schema(nullable = true) String line,
        @Schema(description = "中文说明") String message) {
}
