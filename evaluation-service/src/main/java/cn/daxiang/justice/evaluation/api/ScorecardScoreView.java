package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A manual score as stored. */
@Schema(name = "ScorecardScore", description = "人工评分 / the score of a manual scorecard leaf")
public record ScorecardScoreView(UUID id, String orgUnit, long version, String scorecard, String item, LocalDate from, LocalDate to,
                                 BigDecimal score, String reason, String createdBy, Instant createdAt, String updatedBy,
                                 Instant updatedAt) implements Versioned {
}
