package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.legalaid.api.FollowUpInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up call as township sync carries it: the API's {@link FollowUpInput} plus the case it
 * belongs to (in the API that is the URL) and the version. The org unit is the case's.
 */
@Schema(name = "LegalAidFollowUpSyncInput", description = "回访（同步）/ a follow-up call with its case")
public record FollowUpSyncInput(
        @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所回访的法律援助案件 id") UUID caseId,
        @NotNull @PastOrPresent @Schema(description = "回访日期，不早于指派日期", example = "2021-07-10") LocalDate followUpOn,
        @NotNull @Schema(description = "受援人是否满意") Boolean satisfied,
        @Size(max = 2000) @Schema(description = "回访记录") String notes,
        @Schema(description = "The version this record is based on (absent when new)") Long version) implements SyncInput {

    FollowUpInput toApiInput() {
        return new FollowUpInput(id, followUpOn, satisfied, notes);
    }
}
