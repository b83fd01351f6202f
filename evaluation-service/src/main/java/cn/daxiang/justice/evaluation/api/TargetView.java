package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A target as clients read it. */
@Schema(name = "Target", description = "任务指标 / target set from above for one org unit, year and metric")
public record TargetView(
        UUID id,
        String orgUnit,
        long version,
        @Schema(description = "年度", example = "2021")
        int year,
        @Schema(description = "指标名称", example = "legalaid.cases.accepted")
        String metric,
        @Schema(description = "任务值（两位小数）", example = "380.00")
        BigDecimal value,
        @Schema(description = "备注", nullable = true)
        String note,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
