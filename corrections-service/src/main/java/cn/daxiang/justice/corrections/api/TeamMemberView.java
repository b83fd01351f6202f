package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.TeamRole;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "TeamMember", description = "矫正小组成员（社区矫正法第二十五条） / correction team member")
public record TeamMemberView(UUID id, UUID subjectId, String orgUnit, long version,
                             @Schema(description = ROLES) TeamRole role,
                             @Schema(description = "身份（中文）", example = "家庭成员或者监护人") String roleLabel,
                             @Schema(description = "姓名（按个人信息规则遮蔽）") String name,
                             @Schema(description = "联系电话（按个人信息规则遮蔽）", nullable = true) String phone,
                             @Schema(nullable = true) String unit, LocalDate joinedOn,
                             @Schema(description = "退出日期；仍在小组中为空", nullable = true) LocalDate leftOn,
                             @Schema(nullable = true) LocalDate letterSignedOn,
                             @Schema(description = "ACTIVE 在组, LEFT 已退出") String status,
                             Instant createdAt, Instant updatedAt) implements Versioned {

    public static final String ROLES = "身份：" + TeamRole.LABELS;
    static final String JOINED_ON = "加入日期，不晚于今天，在矫正期间内（接收日期至解除或终止日期）";
}
