package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.AbscondingStepKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AbscondingStepInput", description = "查找措施 / a step of the search")
public record AbscondingStepInput(
        @NotNull @PastOrPresent @Schema(description = "日期，不早于发现日期和上一项措施的日期", example = "2021-10-02") LocalDate takenOn,
        @NotNull @Schema(description = AbscondingStepKind.LABELS) AbscondingStepKind kind,
        @NotBlank @Size(max = 50) @Schema(description = "工作人员", example = "李明") String takenBy,
        @NotBlank @Size(max = 2000) @Schema(description = "经过及结果", example = "到其住所查找，家属称已三日未归") String note,
        @Schema(description = "The case's version; or send If-Match") Long version) {
}
