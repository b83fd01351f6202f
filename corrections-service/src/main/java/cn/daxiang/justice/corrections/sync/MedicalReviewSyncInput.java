package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.MedicalReviewInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A medical re-check as uploaded through sync: the API's {@link MedicalReviewInput} plus its subject (the API's path). */
@Schema(name = "MedicalReviewSyncInput", description = "病情复查（同步） / medical re-check, as uploaded through sync")
public record MedicalReviewSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象（保外就医）；上传后不能更改") UUID subjectId,
        @NotNull @PastOrPresent @Schema(description = "复查日期", example = "2021-10-08") LocalDate reviewedOn,
        @NotBlank @Size(max = 100) @Schema(description = "复查医院（省级人民政府指定医院）", example = "邵阳市中心医院") String hospital,
        @NotBlank @Size(max = 1000) @Schema(description = "复查结果", example = "病情未见好转，仍符合保外就医条件") String result,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<MedicalReviewInput> {

    public MedicalReviewInput toApiInput() {
        return new MedicalReviewInput(id, reviewedOn, hospital, result);
    }
}
