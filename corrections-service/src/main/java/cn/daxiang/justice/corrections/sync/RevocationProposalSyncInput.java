package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.RevocationProposalInput;
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

/** A revocation proposal as uploaded through sync: the API's {@link RevocationProposalInput} plus its subject (the API's path). */
@Schema(name = "RevocationProposalSyncInput", description = "提请撤销缓刑、假释或收监执行（同步） / a revocation proposal, as uploaded through sync")
public record RevocationProposalSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @Schema(description = RevocationKind.LABELS) RevocationKind kind,
        @NotBlank @Size(max = 2000) @Schema(description = "提请理由及事实", example = "经批准外出后逾期不归，经警告仍不改正") String grounds,
        @Size(max = 50) @Schema(description = "所依据的违规记录 id") List<@NotNull UUID> violationIds,
        @Schema(description = "所依据的脱管案件 id", nullable = true) UUID abscondingCaseId,
        @NotNull @PastOrPresent @Schema(description = "提请（建议书）日期", example = "2021-09-03") LocalDate proposedOn,
        @Valid @Size(max = 20) @Schema(description = "证据材料（引用）") List<AttachmentInput> attachments,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<RevocationProposalInput> {

    public RevocationProposalInput toApiInput() {
        return new RevocationProposalInput(id, kind, grounds, violationIds, abscondingCaseId, proposedOn, attachments);
    }
}
