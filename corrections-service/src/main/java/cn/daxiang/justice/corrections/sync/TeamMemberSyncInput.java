package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.TeamMemberInput;
import cn.daxiang.justice.corrections.api.TeamMemberView;
import cn.daxiang.justice.corrections.domain.TeamRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A correction team member as uploaded through sync: the API's {@link TeamMemberInput} plus its subject; the org unit is
 * the subject's. Leaving the team is the API's {@code end} action: {@code leftOn} stays the server's.
 */
@Schema(name = "TeamMemberSyncInput", description = "矫正小组成员（同步） / correction team member, as uploaded through sync")
public record TeamMemberSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @Schema(description = TeamMemberView.ROLES, example = "FAMILY_OR_GUARDIAN") TeamRole role,
        @NotBlank @Size(max = 50) @Schema(description = "姓名", example = "王芳") String name,
        @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "联系电话只能包含数字、空格、+ 和 -")
        @Schema(description = "联系电话（可空）", example = "13800000000") String phone,
        @Size(max = 100) @Schema(description = "所在单位、学校或组织（可空）", example = "大祥区城西社区居民委员会") String unit,
        @NotNull @PastOrPresent @Schema(description = "加入日期，在矫正期间内", example = "2021-02-05") LocalDate joinedOn,
        @PastOrPresent @Schema(description = "签订矫正责任书的日期（可空）", example = "2021-02-05") LocalDate letterSignedOn,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<TeamMemberInput> {


    @Override
    public TeamMemberInput toApiInput() {
        return new TeamMemberInput(id, role, name, phone, unit, joinedOn, letterSignedOn, version);
    }
}
