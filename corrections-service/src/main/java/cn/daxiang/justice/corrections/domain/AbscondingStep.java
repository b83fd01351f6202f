package cn.daxiang.justice.corrections.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One dated step of the search for an absconded subject. Who took it is a staff member acting in office: not masked. */
@Schema(name = "AbscondingStep", description = "查找措施")
public record AbscondingStep(
        @Schema(description = "日期", example = "2021-10-02") LocalDate takenOn,
        @Schema(description = AbscondingStepKind.LABELS) AbscondingStepKind kind,
        @Schema(description = "工作人员", example = "李明") String takenBy,
        @Schema(description = "经过及结果", example = "到其住所查找，家属称已三日未归") String note) {
}
