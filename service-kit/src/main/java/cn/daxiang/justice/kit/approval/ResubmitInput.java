package cn.daxiang.justice.kit.approval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A returned request sent again, with what was asked for added. */
@Schema(name = "ApprovalResubmitInput", description = "补充材料后重新提交 / a returned request sent again")
public record ResubmitInput(
        @NotBlank @Size(max = 2000)
        @Schema(description = "申请理由（补充后）", example = "探望住院的父亲，补充住院证明", maxLength = 2000)
        String reasons,
        @Valid @Size(max = 20)
        @Schema(description = "所附材料（引用）；不填则保留原有材料")
        List<AttachmentInput> attachments,
        @Schema(description = "The version this is based on; or send If-Match")
        Long version) {
}
