package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.legalaid.domain.ConsultationChannel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A legal consultation as clients read it. */
@Schema(name = "Consultation", description = "法律咨询 / legal consultation")
public record ConsultationView(
        UUID id,
        @Schema(description = "受理咨询的机构") String orgUnit,
        long version,
        @Schema(description = "咨询日期") LocalDate consultedOn,
        @Schema(description = "咨询方式：VISIT 来访, HOTLINE_12348 12348热线, ONLINE 网上") ConsultationChannel channel,
        @Schema(description = "咨询事项") String topic,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
