package cn.daxiang.justice.evaluation.calc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of the manual-figure catalog (人工填报目录) as runs, reports and the API use it. */
@Schema(name = "ManualFigureCatalogEntry", description = "人工填报目录条目 / what a manual figure is and where the report writes it")
public record CatalogEntry(
        @Schema(example = "team.study.political") String metric,
        @Schema(description = "MANUAL（无业务系统统计，人工填报）, SERVICE（业务系统统计，可填报期初数）, DERIVED（由其他数据推算，不可填报）",
                enumeration = {"MANUAL", "SERVICE", "DERIVED"}) String kind,
        @Schema(description = "中文名称", example = "政治学习次数") String name,
        @Schema(description = "计量单位", example = "次") String unit,
        @Schema(description = "报告章节", enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID", "OTHER"}) String section,
        @Schema(description = "所在语句的开头，如“学习教育：”", nullable = true) String lead,
        @Schema(description = "在章节中的顺序") int position,
        @Schema(description = "报告语句模板，%s 为数值", nullable = true, example = "举行政治学习%s次") String template,
        @Schema(description = "SUM：分期数据相加；LATEST：时点数，取期末最近的一期", enumeration = {"SUM", "LATEST"}) String aggregation,
        @Schema(description = "可填报期初数（opening:指标名称），累计数加上期初数") boolean openingBalance,
        @Schema(description = "推算公式（DERIVED）", nullable = true) String formula,
        @Schema(description = "推算值大于0时才采用") boolean positiveOnly) {

    public static final String MANUAL = "MANUAL";
    public static final String SERVICE = "SERVICE";
    public static final String DERIVED = "DERIVED";
    public static final String LATEST = "LATEST";
    /** The prefix of an opening balance (期初数): {@code opening:corrections.subjects.received}. */
    public static final String OPENING_PREFIX = "opening:";

    public boolean derived() {
        return DERIVED.equals(kind);
    }

    public boolean latest() {
        return LATEST.equals(aggregation);
    }
}
