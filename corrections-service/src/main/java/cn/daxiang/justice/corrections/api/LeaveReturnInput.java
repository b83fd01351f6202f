package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "LeaveReturnInput", description = "销假 / the subject reported back")
public record LeaveReturnInput(
        @NotNull @PastOrPresent @Schema(description = "返回并报告的日期", example = "2021-10-08") LocalDate returnedOn,
        @Schema(description = "The version this is based on; or send If-Match") Long version) {
}
