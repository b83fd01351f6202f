package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.ResettlementVisitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ResettlementVisitInput", description = "帮教走访记录 / resettlement support visit")
public record ResettlementVisitInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = ResettlementVisitView.VISITED_ON, example = "2021-05-10") LocalDate visitedOn,
        @NotBlank @Size(max = 50) @Schema(description = "走访人（工作人员或帮教小组成员姓名）", example = "王所长") String visitedBy,
        @NotNull @Schema(description = ResettlementVisitView.KINDS, example = "HOME_VISIT") ResettlementVisitKind kind,
        @NotBlank @Size(max = 2000) @Schema(description = "情况及结果", example = "已落实就业，生活稳定") String result,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
