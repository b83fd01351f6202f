package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A zero report, with who filed it and when. */
@Schema(name = "ZeroReport", description = "零报告 / a zero report of one office, line and month")
public record ZeroReportView(UUID id, String orgUnit, long version,
                             @Schema(enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID"}) Line line, int year, int month,
                             @Schema(nullable = true) String note,
                             @Schema(description = "填报人") String createdBy, Instant createdAt,
                             @Schema(description = "最后修改人") String updatedBy, Instant updatedAt) implements Versioned {
}
