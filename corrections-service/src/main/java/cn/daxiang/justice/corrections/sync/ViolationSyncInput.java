package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.ViolationInput;
import cn.daxiang.justice.corrections.domain.Sanction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A violation as uploaded through sync: the API's {@link ViolationInput} plus the subject it belongs
 * to (in the API that is the path). The org unit is the subject's, as in the API.
 */
@Schema(name = "ViolationSyncInput", description = "违规记录（同步） / violation, as uploaded through sync")
public record ViolationSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @PastOrPresent @Schema(description = "违规日期，在矫正期间内", example = "2021-05-10") LocalDate occurredOn,
        @NotBlank @Size(max = 1000) @Schema(description = "违规情形", example = "未经批准离开所居住的市县") String description,
        @NotNull @Schema(description = "处理：ADMONITION 训诫, WARNING 警告, REVOCATION_PROPOSAL 提请撤销") Sanction sanction,
        @Schema(description = "The version the record is based on; absent for a new record") Long version) implements SubjectPartSyncInput<ViolationInput> {

    public ViolationInput toApiInput() {
        return new ViolationInput(id, occurredOn, description, sanction, version);
    }
}
