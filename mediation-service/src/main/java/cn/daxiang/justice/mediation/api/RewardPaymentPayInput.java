package cn.daxiang.justice.mediation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "RewardPaymentPayInput", description = "以奖代补发放登记 / an approved batch paid out")
public record RewardPaymentPayInput(
        @NotNull @Schema(description = "发放日期：不早于批次中卷宗的最晚归档日期，不晚于今天（可事后补录）", example = "2021-03-15") LocalDate paidOn,
        @NotBlank @Size(max = 100) @Schema(description = "发放人（经办人或经办科室）", example = "区司法局计划财务科", maxLength = 100) String paidBy,
        @Schema(description = "The version this change is based on; or send If-Match") Long version) {
}
