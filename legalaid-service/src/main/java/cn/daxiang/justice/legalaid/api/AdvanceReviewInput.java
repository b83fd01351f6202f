package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.legalaid.domain.AdvanceReviewResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The review of a case given in advance (先行提供法律援助), once the materials that were to follow are in. */
@Schema(name = "AdvanceReviewInput", description = "先行援助后的审查 / review of aid given in advance")
public record AdvanceReviewInput(
        @NotNull @PastOrPresent @Schema(description = "审查日期（不早于受理日期）", example = "2021-10-09") LocalDate reviewedOn,
        @NotNull @Schema(description = "审查结论：CONFIRMED 符合条件，继续援助, REFUSED 不符合条件，终止援助") AdvanceReviewResult result,
        @Size(max = 1000) @Schema(description = "理由（结论为 REFUSED 时必填，告知受援人）", example = "补充材料显示家庭收入高于经济困难标准", nullable = true) String reason,
        @Schema(description = "The case version this is based on; or send If-Match") Long version) {
}
