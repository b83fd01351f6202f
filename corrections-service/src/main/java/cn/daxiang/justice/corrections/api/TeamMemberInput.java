package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.TeamRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a subject's correction team as the API takes it; leaving the team is the {@code end} action. */
@Schema(name = "TeamMemberInput", description = "矫正小组成员（社区矫正法第二十五条） / correction team member")
public record TeamMemberInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Schema(description = TeamMemberView.ROLES, example = "FAMILY_OR_GUARDIAN") TeamRole role,
        @NotBlank @Size(max = 50) @Schema(description = "姓名", example = "王芳") String name,
        @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "联系电话只能包含数字、空格、+ 和 -")
        @Schema(description = "联系电话（可空）", example = "13800000000") String phone,
        @Size(max = 100) @Schema(description = "所在单位、学校或组织（可空）", example = "大祥区城西社区居民委员会") String unit,
        @NotNull @PastOrPresent @Schema(description = TeamMemberView.JOINED_ON, example = "2021-02-05") LocalDate joinedOn,
        @PastOrPresent @Schema(description = "签订矫正责任书的日期（可空），在矫正期间内", example = "2021-02-05") LocalDate letterSignedOn,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
