package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.RunStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A run as lists show it; {@code GET runs/{id}} has the figures. */
@Schema(name = "RunSummary", description = "绩效评价运行（列表） / a run in a list")
public record RunSummary(UUID id, String orgUnit, long version, LocalDate from, LocalDate to, @Schema(nullable = true) Integer year,
                         @Schema(description = "季度 1-4", nullable = true) Integer quarter,
                         @Schema(description = "月份 1-12", nullable = true) Integer month,
                         @Schema(description = "上级运行（includeChildren）", nullable = true) UUID parentRunId,
                         @Schema(implementation = String.class, enumeration = {"COMPLETE", "PARTIAL"}) RunStatus status, Instant createdAt, String createdBy) {
}
