package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.RunStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One child org unit in a ranking: its rank and value, or why it has none. */
@Schema(name = "RankingItem", description = "排名中的一个机构 / one org unit in a ranking")
public record RankingItem(
        @Schema(description = "名次；并列者名次相同，其后名次顺延（1, 2, 2, 4）；无值时为 null", example = "1", nullable = true) Integer rank,
        @Schema(example = "430503101000") String orgUnit,
        @Schema(description = "机构名称", example = "罗市镇") String name,
        @Schema(description = "指标值；无值时为 null，从不以0代替", example = "96.6", nullable = true) BigDecimal value,
        @Schema(enumeration = {"OK", "NO_DATA", "UNAVAILABLE", "NO_RUN"}, description = "NO_RUN：该期间尚无评价运行") String status,
        @Schema(description = "无值原因", nullable = true) String reason,
        @Schema(description = "The run the value comes from (latest for the period)", nullable = true) UUID runId,
        @Schema(implementation = String.class, enumeration = {"COMPLETE", "PARTIAL"}, nullable = true) RunStatus runStatus,
        @Schema(nullable = true) Instant runCreatedAt) {
}
