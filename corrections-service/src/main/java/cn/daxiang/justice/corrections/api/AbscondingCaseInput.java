package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.AbscondingDiscovery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AbscondingCaseInput", description = "脱管（失去联系）立案 / absconding case opened")
public record AbscondingCaseInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = "发现日期，不早于接收日期", example = "2021-09-30") LocalDate discoveredOn,
        @NotNull @Schema(description = AbscondingDiscovery.LABELS) AbscondingDiscovery discoveredHow,
        @NotBlank @Size(max = 2000) @Schema(description = "发现经过", example = "对象未按时报告，电话关机") String circumstances,
        @Schema(description = "The version the change is based on (sync updates only)") Long version) {
}
