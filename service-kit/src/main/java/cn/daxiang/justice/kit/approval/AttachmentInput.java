package cn.daxiang.justice.kit.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document a request refers to: its title and where it is kept. */
@Schema(name = "ApprovalAttachment", description = "所附材料（引用） / a document referred to")
public record AttachmentInput(
        @NotBlank @Size(max = 200)
        @Schema(description = "材料名称", example = "医院诊断证明", maxLength = 200)
        String title,
        @NotBlank @Size(max = 500)
        @Schema(description = "材料存放位置或编号", example = "卷宗第3页", maxLength = 500)
        String ref) {

    Approval.AttachmentRef toRef() {
        return new Approval.AttachmentRef(title.strip(), ref.strip());
    }
}
