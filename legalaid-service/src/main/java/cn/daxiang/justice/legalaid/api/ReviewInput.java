package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.legalaid.domain.ReviewKind;
import cn.daxiang.justice.legalaid.domain.ReviewResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A quality review of a case. */
@Schema(name = "ReviewInput", description = "质量评查 / case review")
public record ReviewInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Schema(description = "评查方式：SELF 自查, PEER 互查, CENTER 总查") ReviewKind kind,
        @NotNull @PastOrPresent @Schema(description = "评查日期", example = "2021-07-05") LocalDate reviewedOn,
        @NotNull @Min(0) @Max(100) @Schema(description = "评分，0至100", example = "92") Integer score,
        @NotNull @Schema(description = "结果：PASSED 合格, FAILED 不合格（须整改）") ReviewResult result,
        @Size(max = 2000) @Schema(description = "须整改事项（不合格时必填）") String requiredFixes) {
}
