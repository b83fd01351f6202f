package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** 不予援助, with the reason the applicant is told. */
@Schema(name = "RefuseInput", description = "不予援助 / refuse an application")
public record RefuseInput(
        @NotNull @PastOrPresent
        @Schema(description = "决定日期", example = "2021-03-05")
        LocalDate refusedOn,
        @NotBlank @Size(max = 1000)
        @Schema(description = "不予援助的理由（书面告知申请人）", example = "申请人家庭经济状况不符合法律援助条件")
        String reason,
        @Schema(description = "The application version this decision is based on; or send If-Match")
        Long version) {
}
