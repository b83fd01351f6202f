package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.AbscondingEscalation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AbscondingEscalateInput", description = "查找不到，移交追逃或提请撤销、收监 / the search escalated")
public record AbscondingEscalateInput(
        @NotNull @PastOrPresent @Schema(description = "移交或提请日期，不早于发现日期和各项查找措施的日期", example = "2021-11-02") LocalDate escalatedOn,
        @NotNull @Schema(description = AbscondingEscalation.LABELS) AbscondingEscalation escalation,
        @NotBlank @Size(max = 100) @Schema(description = "移交或提请的机关", example = "大祥区人民法院") String escalatedTo,
        @Size(max = 2000) @Schema(description = "说明（可选）", example = "脱离监管超过一个月，提请撤销缓刑") String note,
        @Schema(description = "The case's version; or send If-Match") Long version) {
}
