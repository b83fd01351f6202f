package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.RunStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** One year of a trend: the value of the latest yearly run, or why there is none. */
@Schema(name = "TrendPoint", description = "趋势中的一个年度 / one year of a trend")
public record TrendPoint(
        @Schema(example = "2021") int year,
        @Schema(description = "指标值；无值时为 null", example = "96.6", nullable = true) BigDecimal value,
        @Schema(enumeration = {"OK", "NO_DATA", "UNAVAILABLE", "NO_RUN"}, description = "NO_RUN：该年度尚无年度评价运行") String status,
        @Schema(description = "无值原因", nullable = true) String reason,
        @Schema(description = "The yearly run the value comes from (latest for the year)", nullable = true) UUID runId,
        @Schema(implementation = String.class, enumeration = {"COMPLETE", "PARTIAL"}, nullable = true) RunStatus runStatus) {
}
