package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.legalaid.domain.ConsultationChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A legal consultation. */
@Schema(name = "ConsultationInput", description = "法律咨询 / legal consultation")
public record ConsultationInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "受理咨询的机构（12位区划代码）", example = "430503101000") String orgUnit,
        @NotNull @PastOrPresent @Schema(description = "咨询日期", example = "2021-04-02") LocalDate consultedOn,
        @NotNull @Schema(description = "咨询方式：VISIT 来访, HOTLINE_12348 12348热线, ONLINE 网上") ConsultationChannel channel,
        @NotBlank @Size(max = 500) @Schema(description = "咨询事项", example = "土地承包经营权流转") String topic,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
