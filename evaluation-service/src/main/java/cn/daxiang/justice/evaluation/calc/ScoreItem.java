package cn.daxiang.justice.evaluation.calc;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** One node of a run's scorecard: a dimension with its subtotal, or a leaf with its score and why. */
@Schema(name = "ScoreItem", description = "评分结果（维度小计或末级指标得分） / a dimension's subtotal or a leaf's score")
public record ScoreItem(
        @Schema(example = "OUTPUT_MEDIATION") String key,
        @Schema(example = "人民调解") String name,
        @Schema(description = "1 for a first-level dimension / 层级", example = "2") int level,
        @Schema(description = "分值", example = "10") BigDecimal points,
        @Schema(description = "得分（两位小数）", example = "9.92") BigDecimal score,
        @Schema(description = "评分方法；维度为空", nullable = true,
                enumeration = {"FULL_AT_TARGET", "PROPORTIONAL", "BANDED", "DEDUCTION", "MANUAL"}) String method,
        @Schema(description = "评分方法（中文）", nullable = true, example = "按比例得分") String methodText,
        @Schema(description = "所评的评价指标", nullable = true, example = "MEDIATION_SUCCESS_RATE") String indicator,
        @Schema(description = "实际值", nullable = true, example = "98.2") BigDecimal value,
        @Schema(description = "目标值", nullable = true, example = "99") BigDecimal target,
        @Schema(description = "Why the leaf scored what it did, every lost point explained; null for a dimension / 得分说明",
                nullable = true, example = "人民调解成功率98.2%，低于目标99%，按比例得9.92分（满分10分）") String reason,
        @Schema(description = "下级") List<ScoreItem> children) {
}
