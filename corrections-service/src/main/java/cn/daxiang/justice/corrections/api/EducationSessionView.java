package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.EducationKind;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "EducationSession", description = "教育矫正活动 / education session")
public record EducationSessionView(UUID id, String orgUnit, long version, LocalDate heldOn, String topic,
                                   @Schema(description = "COLLECTIVE 集中教育, INDIVIDUAL 个别教育") EducationKind kind,
                                   List<UUID> subjectIds,
                                   @Schema(description = "参加人次") int personTimes,
                                   Instant createdAt, Instant updatedAt) implements Versioned {
}
