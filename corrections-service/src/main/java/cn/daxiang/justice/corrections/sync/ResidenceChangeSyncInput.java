package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.ResidenceChangeInput;
import cn.daxiang.justice.kit.approval.AttachmentInput;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A change of the place of execution as uploaded through sync: the API's input plus its subject (the API's path). */
@Schema(name = "ResidenceChangeSyncInput", description = "变更执行地申请（同步） / a change of the place of execution, through sync")
public record ResidenceChangeSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @Schema(description = "书面申请日期", example = "2021-05-06") LocalDate appliedOn,
        @KnownOrgUnit @Schema(description = "区内变更：接收的司法所（与 newPlace 二选一）") String newOrgUnit,
        @Size(max = 100) @Schema(description = "区外变更：新执行地（县级）") String newPlace,
        @NotBlank @Size(max = 1000) @Schema(description = "变更事由", example = "在新居住地购房定居") String reason,
        @Valid @Size(max = 20) @Schema(description = "证明材料（引用）") List<AttachmentInput> attachments,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<ResidenceChangeInput> {

    public ResidenceChangeInput toApiInput() {
        return new ResidenceChangeInput(id, appliedOn, newOrgUnit, newPlace, reason, attachments);
    }
}
