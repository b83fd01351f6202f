package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.SupervisionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "SupervisionRecordInput", description = "监督管理记录 / supervision record")
public record SupervisionRecordInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Schema(description = SupervisionRecordView.KINDS, example = "HOME_VISIT") SupervisionKind kind,
        @NotNull @PastOrPresent @Schema(description = SupervisionRecordView.OCCURRED_ON, example = "2021-05-10") LocalDate occurredOn,
        @NotBlank @Size(max = 50) @Schema(description = "工作人员姓名", example = "李警官") String conductedBy,
        @Size(max = 200) @Schema(description = "地点（可选）", example = "对象住所") String place,
        @NotBlank @Size(max = 2000) @Schema(description = "情况及结果", example = "对象在家，情绪稳定，家属配合") String result,
        @Schema(description = "发现异常；不填为 false") Boolean abnormal,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
