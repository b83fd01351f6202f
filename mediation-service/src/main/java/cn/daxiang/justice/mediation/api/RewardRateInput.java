package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.mediation.domain.ComplexityGrade;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

@Schema(name = "RewardRateInput", description = "以奖代补标准 / the reward per archived dossier of a grade, for a year")
public record RewardRateInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Min(value = 2000, message = "年度应在2000至2100之间") @Max(value = 2100, message = "年度应在2000至2100之间")
        @Schema(description = "适用年度（按卷宗归档日期所在年度）", example = "2021") Integer year,
        @NotNull @Schema(description = "卷宗难易等级：SIMPLE 简易, GENERAL 一般, COMPLEX 疑难复杂, MAJOR 重大") ComplexityGrade complexityGrade,
        @NotNull @DecimalMin(value = "0", message = "金额不能为负") @Digits(integer = 8, fraction = 2, message = "金额最多8位整数、2位小数")
        @Schema(description = "每卷奖励金额（元）", example = "150.00") BigDecimal amount,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
