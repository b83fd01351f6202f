package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.legalaid.api.ReviewInput;
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

/**
 * A case review as township sync carries it: the API's {@link ReviewInput} plus the case it belongs
 * to (in the API that is the URL) and the version. The org unit is the case's.
 */
@Schema(name = "ReviewSyncInput", description = "质量评查（同步）/ a case review with its case")
public record ReviewSyncInput(
        @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所评查的法律援助案件 id") UUID caseId,
        @NotNull @Schema(description = "评查方式：SELF 自查, PEER 互查, CENTER 总查") ReviewKind kind,
        @NotNull @PastOrPresent @Schema(description = "评查日期，不早于指派日期", example = "2021-07-05") LocalDate reviewedOn,
        @NotNull @Min(0) @Max(100) @Schema(description = "评分，0至100", example = "92") Integer score,
        @NotNull @Schema(description = "结果：PASSED 合格, FAILED 不合格（须整改）") ReviewResult result,
        @Size(max = 2000) @Schema(description = "须整改事项（不合格时必填）") String requiredFixes,
        @Schema(description = "The version this record is based on (absent when new)") Long version) implements SyncInput {

    ReviewInput toApiInput() {
        return new ReviewInput(id, kind, reviewedOn, score, result, requiredFixes);
    }
}
