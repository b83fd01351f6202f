package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** 听庭: the centre attended a hearing of the case. */
@Schema(name = "HearingInput", description = "听庭 / hearing attended")
public record HearingInput(
        @NotNull @PastOrPresent @Schema(description = "听庭日期", example = "2021-05-12") LocalDate hearingOn,
        @Schema(description = "The case version this is based on; or send If-Match") Long version) {
}
