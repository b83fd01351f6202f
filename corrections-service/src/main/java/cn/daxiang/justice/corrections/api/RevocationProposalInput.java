package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.RevocationKind;
import cn.daxiang.justice.kit.approval.AttachmentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RevocationProposalInput", description = "提请撤销缓刑、假释或收监执行 / a revocation proposal, drafted by the township office")
public record RevocationProposalInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Schema(description = "提请事项，须与矫正类别相符：" + RevocationKind.LABELS) RevocationKind kind,
        @NotBlank @Size(max = 2000) @Schema(description = "提请理由及事实", example = "脱离监管超过一个月，经查找未果", maxLength = 2000)
        String grounds,
        @Size(max = 50) @Schema(description = "所依据的违规记录 id（须属本对象）") List<@NotNull UUID> violationIds,
        @Schema(description = "所依据的脱管案件 id（须属本对象）", nullable = true) UUID abscondingCaseId,
        @NotNull @PastOrPresent @Schema(description = "提请（建议书）日期，在矫正期间内；批准后即为提请日期，人民法院、决定机关的期限自此起算",
                example = "2021-09-03") LocalDate proposedOn,
        @Valid @Size(max = 20) @Schema(description = "证据材料（引用）") List<AttachmentInput> attachments) {
}
