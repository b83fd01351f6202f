package cn.daxiang.justice.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The direct children of an org unit ranked by one indicator, from their frozen runs for one period. */
@Schema(name = "Ranking", description = "下级机构排名（取自已冻结的评价运行） / ranking of child org units")
public record RankingView(
        IndicatorRef indicator,
        @Schema(example = "430503000000") String parent,
        @Schema(description = "上级机构名称", example = "大祥区") String parentName,
        @Schema(description = "期间名称", example = "2021年度") String period,
        LocalDate from,
        LocalDate to,
        Integer year,
        @Schema(nullable = true) Integer quarter,
        @Schema(nullable = true) Integer month,
        @Schema(description = "Ranked units first (by value in the indicator's direction), then those without a value")
        List<RankingItem> items) {
}
