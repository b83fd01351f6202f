package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An objection to a refusal, as the applicant lodged it with the bureau. */
@Schema(name = "ObjectionInput", description = "异议（对不予法律援助决定）/ objection to a refusal")
public record ObjectionInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent
        @Schema(description = "司法行政部门收到异议的日期，不早于不予援助决定日期", example = "2021-09-30") LocalDate receivedOn,
        @NotBlank @Size(max = 2000)
        @Schema(description = "异议理由", example = "申请人已提交最低生活保障证明，符合经济困难标准") String grounds) {
}
