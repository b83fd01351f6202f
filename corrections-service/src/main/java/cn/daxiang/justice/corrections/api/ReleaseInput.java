package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.ReleaseReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ReleaseInput", description = "解除矫正 / release from correction")
public record ReleaseInput(
        @NotNull @PastOrPresent @Schema(description = "解除日期，不早于接收日期", example = "2021-09-01")
        LocalDate date,
        @NotNull @Schema(description = "解除原因：TERM_SERVED 期满解除, PARDON 特赦")
        ReleaseReason reason,
        @Size(max = 500) @Schema(description = "备注")
        String note,
        @Schema(description = "The subject's version this action is based on; or send If-Match")
        Long version) implements EndInput {
}
