package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.ScorecardStatus;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current version of a scorecard. */
@Schema(name = "Scorecard", description = "评分体系（当前版本） / scorecard (current version)")
public record ScorecardView(UUID id, String orgUnit, long version, String code, String nameZh,
                            @Schema(nullable = true) String description,
                            @Schema(implementation = String.class, enumeration = {"DRAFT", "ACTIVE", "RETIRED"},
                                    description = "ACTIVE: in force for its org unit and below (one per org unit)") ScorecardStatus status,
                            @Schema(example = "100") BigDecimal totalPoints, List<ScorecardItemInput> items,
                            Instant createdAt, Instant updatedAt) implements Versioned {
}
