package cn.daxiang.justice.corrections.api;

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

@Schema(name = "ResidenceChangeInput", description = "变更执行地申请 / a request to change the place of execution")
public record ResidenceChangeInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Schema(description = "书面申请日期，在矫正期间内", example = "2021-05-06") LocalDate appliedOn,
        @KnownOrgUnit @Schema(description = "区内变更：接收的司法所12位区划代码（与 newPlace 二选一）", example = "430503203000") String newOrgUnit,
        @Size(max = 100) @Schema(description = "区外变更：新执行地（县级），如 湖南省长沙市岳麓区（与 newOrgUnit 二选一）", maxLength = 100)
        String newPlace,
        @NotBlank @Size(max = 1000) @Schema(description = "变更事由", example = "在新居住地购房定居", maxLength = 1000) String reason,
        @Valid @Size(max = 20) @Schema(description = "证明材料（引用），如房产证明、劳动合同") List<AttachmentInput> attachments) {
}
