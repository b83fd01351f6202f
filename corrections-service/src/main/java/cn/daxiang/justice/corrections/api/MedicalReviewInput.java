package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "MedicalReviewInput", description = "病情复查 / medical re-check of a subject on medical parole (保外就医)")
public record MedicalReviewInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = "复查日期，晚于上次复查日期（首次：晚于接收日期），在矫正期间内", example = "2021-10-08") LocalDate reviewedOn,
        @NotBlank @Size(max = 100) @Schema(description = "复查医院（省级人民政府指定医院）", example = "邵阳市中心医院") String hospital,
        @NotBlank @Size(max = 1000) @Schema(description = "复查结果", example = "病情未见好转，仍符合保外就医条件") String result) {
}
