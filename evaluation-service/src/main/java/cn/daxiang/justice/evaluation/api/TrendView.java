package cn.daxiang.justice.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One indicator of one org unit over several years, from the latest yearly run of each year. */
@Schema(name = "Trend", description = "年度趋势（取自已冻结的年度评价运行） / yearly trend")
public record TrendView(
        IndicatorRef indicator,
        @Schema(example = "430503000000") String orgUnit,
        @Schema(description = "机构名称", example = "大祥区") String orgUnitName,
        int fromYear,
        int toYear,
        @Schema(description = "One point per year, oldest first; a year without a yearly run is NO_RUN") List<TrendPoint> points) {
}
