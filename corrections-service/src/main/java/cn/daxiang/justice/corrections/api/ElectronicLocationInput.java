package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.ElectronicLocationReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ElectronicLocationInput", description = "电子定位决定 / decision on electronic location (社区矫正法 第二十九条)")
public record ElectronicLocationInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = "决定日期（经县级司法行政部门负责人批准）", example = "2021-01-29") LocalDate decidedOn,
        @NotBlank @Size(max = 100) @Schema(description = "批准人（县级司法行政部门负责人）", example = "大祥区司法局 李局长") String approvedBy,
        @NotNull @Schema(description = ElectronicLocationView.REASONS) ElectronicLocationReason reason,
        @NotNull @Schema(description = "使用起始日期，不早于决定日期", example = "2021-01-31") LocalDate startsOn,
        @NotNull @Schema(description = "使用截止日期，不超过起始日期后三个月（第二十九条第二款）", example = "2021-04-30") LocalDate endsOn,
        @Schema(description = "The version this change is based on (updates only)") Long version) {
}
