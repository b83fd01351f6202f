package cn.daxiang.justice.kit.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a line's metric catalog: a stable dotted name, what it means and how it is counted. */
@Schema(name = "MetricDefinition", description = "指标目录条目 / one metric of the catalog")
public record MetricDefinition(
        @Schema(description = "Stable dotted name, prefixed by the line", example = "legalaid.cases.accepted")
        String name,
        @Schema(description = "中文名称", example = "受理法律援助案件数")
        String labelZh,
        @Schema(description = "English name", example = "Legal-aid cases accepted")
        String labelEn,
        @Schema(description = "How it is counted over the period and org unit / 统计口径")
        String counting) {
}
