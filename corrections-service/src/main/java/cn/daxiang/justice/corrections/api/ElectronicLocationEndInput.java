package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.ElectronicLocationEndReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ElectronicLocationEndInput", description = "解除电子定位 / end of electronic location")
public record ElectronicLocationEndInput(
        @NotNull @PastOrPresent @Schema(description = "解除日期，不早于起始日期", example = "2021-03-15") LocalDate endedOn,
        @NotNull @Schema(description = ElectronicLocationView.END_REASONS) ElectronicLocationEndReason endReason,
        @Schema(description = "The version the end is based on; or send If-Match") Long version) {
}
