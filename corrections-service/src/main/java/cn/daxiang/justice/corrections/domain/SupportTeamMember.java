package cn.daxiang.justice.corrections.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One member of a key target's five-person support team (五包一). */
@Schema(name = "SupportTeamMember", description = "帮教小组成员（五包一）")
public record SupportTeamMember(
        @NotBlank @Size(max = 50) @Schema(description = "姓名", example = "李四") String name,
        @NotBlank @Size(max = 50) @Schema(description = "身份，如 司法所工作人员、村干部、民警、家属、志愿者", example = "村干部") String role,
        @Size(max = 20) @Schema(description = "联系电话（可空）", example = "13800000000", nullable = true) String phone) {
}
