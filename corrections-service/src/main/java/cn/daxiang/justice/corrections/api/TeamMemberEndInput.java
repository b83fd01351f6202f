package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A member leaves the correction team. */
@Schema(name = "TeamMemberEndInput", description = "矫正小组成员退出 / a member leaves the team")
public record TeamMemberEndInput(
        @NotNull @PastOrPresent @Schema(description = "退出日期：不早于加入日期，不晚于今天", example = "2021-10-08") LocalDate leftOn,
        @Schema(description = "The version the action is based on; or send If-Match") Long version) {
}
