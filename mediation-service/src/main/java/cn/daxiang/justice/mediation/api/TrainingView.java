package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.mediation.domain.TrainingKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Training", description = "调解员培训 / a training session for mediators")
public record TrainingView(
        UUID id,
        String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        @Schema(description = "INITIAL 初任培训, ANNUAL 年度培训") TrainingKind kind,
        String title,
        LocalDate heldOn,
        BigDecimal hours,
        @Schema(description = "参训调解员 id") List<UUID> attendeeIds,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
