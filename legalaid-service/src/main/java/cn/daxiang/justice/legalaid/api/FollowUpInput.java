package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up call to the person aided. */
@Schema(name = "CaseFollowUpInput", description = "回访 / follow-up")
public record FollowUpInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = "回访日期", example = "2021-07-10") LocalDate followUpOn,
        @NotNull @Schema(description = "受援人是否满意") Boolean satisfied,
        @Size(max = 2000) @Schema(description = "回访记录") String notes) {
}
