package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.ElectronicLocationInput;
import cn.daxiang.justice.corrections.api.ElectronicLocationView;
import cn.daxiang.justice.corrections.domain.ElectronicLocationReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An electronic-location decision as uploaded through sync: the API's {@link ElectronicLocationInput} plus the
 * subject it belongs to (in the API that is the path). The org unit is the subject's. Renewals and ends are the
 * API's actions: what they set (renewsId, renewedOn, status, endedOn, endReason) is never taken from an upload.
 */
@Schema(name = "ElectronicLocationSyncInput", description = "电子定位决定（同步） / electronic location, as uploaded through sync")
public record ElectronicLocationSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @PastOrPresent @Schema(description = "决定日期（经县级司法行政部门负责人批准）", example = "2021-01-29") LocalDate decidedOn,
        @NotBlank @Size(max = 100) @Schema(description = "批准人", example = "大祥区司法局 李局长") String approvedBy,
        @NotNull @Schema(description = ElectronicLocationView.REASONS) ElectronicLocationReason reason,
        @NotNull @Schema(description = "使用起始日期", example = "2021-01-31") LocalDate startsOn,
        @NotNull @Schema(description = "使用截止日期，不超过起始日期后三个月", example = "2021-04-30") LocalDate endsOn,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<ElectronicLocationInput> {

    public ElectronicLocationInput toApiInput() {
        return new ElectronicLocationInput(id, decidedOn, approvedBy, reason, startsOn, endsOn, version);
    }
}
