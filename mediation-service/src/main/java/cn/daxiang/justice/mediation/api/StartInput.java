package cn.daxiang.justice.mediation.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "StartInput", description = "开始调解 / start mediating a registered dispute")
public record StartInput(
        @NotNull @Schema(description = "开始调解日期，不早于登记日期", example = "2021-03-16") LocalDate startedOn,
        @Schema(description = "The version this action is based on; or send If-Match") Long version) {
}
