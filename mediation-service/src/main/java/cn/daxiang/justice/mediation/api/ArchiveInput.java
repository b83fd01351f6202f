package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.mediation.domain.ComplexityGrade;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ArchiveInput", description = "卷宗归档 / archive the dossier of a concluded dispute (once)")
public record ArchiveInput(
        @NotNull @Schema(description = "归档日期，不早于终结日期；决定以奖代补的年度", example = "2021-04-10") LocalDate archivedOn,
        @NotNull @Schema(description = "卷宗难易等级：SIMPLE 简易, GENERAL 一般, COMPLEX 疑难复杂, MAJOR 重大") ComplexityGrade complexityGrade,
        @Size(max = 50) @Schema(description = "卷宗编号", maxLength = 50) String dossierNumber,
        @Schema(description = "The version this action is based on; or send If-Match") Long version) {
}
