package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.RewardInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A reward (表扬) as uploaded through sync: the API's {@link RewardInput} plus its subject; the org unit is the subject's. */
@Schema(name = "RewardSyncInput", description = "表扬（同步） / reward, as uploaded through sync")
public record RewardSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @PastOrPresent @Schema(description = "决定日期，在矫正期间内", example = "2021-12-20") LocalDate decidedOn,
        @NotBlank @Size(max = 100) @Schema(description = "决定机关", example = "大祥区社区矫正管理局") String decidedBy,
        @NotBlank @Size(max = 2000) @Schema(description = "表扬理由", example = "认罪悔罪，积极参加公益活动，表现突出") String reason,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<RewardInput> {

    public static RewardSyncInput of(UUID subjectId, RewardInput in) {
        return new RewardSyncInput(in.id(), subjectId, in.decidedOn(), in.decidedBy(), in.reason(), in.version());
    }

    @Override
    public RewardInput toApiInput() {
        return new RewardInput(id, decidedOn, decidedBy, reason, version);
    }
}
