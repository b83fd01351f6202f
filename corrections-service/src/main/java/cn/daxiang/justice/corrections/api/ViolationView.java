package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.Sanction;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "Violation", description = "违规记录 / violation")
public record ViolationView(UUID id, UUID subjectId, String orgUnit, long version, LocalDate occurredOn, String description,
                            @Schema(description = "ADMONITION 训诫, WARNING 警告, REVOCATION_PROPOSAL 提请撤销") Sanction sanction,
                            Instant createdAt, Instant updatedAt) implements Versioned {
}
