package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.SupervisionKind;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision record as township sync carries it: the API's {@link SupervisionRecordInput} plus the subject
 * it belongs to (in the API that is the path). The org unit is the subject's, as in the API.
 */
@Schema(name = "SupervisionRecordSyncInput", description = "监督管理记录（同步） / supervision record, as uploaded through sync")
public record SupervisionRecordSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @Schema(description = SupervisionRecordView.KINDS, example = "HOME_VISIT") SupervisionKind kind,
        @NotNull @PastOrPresent @Schema(description = SupervisionRecordView.OCCURRED_ON, example = "2021-05-10") LocalDate occurredOn,
        @NotBlank @Size(max = 50) @Schema(description = "工作人员姓名", example = "李警官") String conductedBy,
        @Size(max = 200) @Schema(description = "地点（可选）", example = "对象住所") String place,
        @NotBlank @Size(max = 2000) @Schema(description = "情况及结果", example = "对象在家，情绪稳定，家属配合") String result,
        @Schema(description = "发现异常；不填为 false") Boolean abnormal,
        @Schema(description = "The version the record is based on; absent for a new record") Long version) implements SyncInput {

    /** The API's input under a subject's path, as the one create and update path takes it. */
    public static SupervisionRecordSyncInput of(UUID subjectId, SupervisionRecordInput input) {
        return new SupervisionRecordSyncInput(input.id(), subjectId, input.kind(), input.occurredOn(), input.conductedBy(),
                input.place(), input.result(), input.abnormal(), input.version());
    }
}
