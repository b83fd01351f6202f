package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.Sanction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ViolationInput", description = "违规记录 / violation")
public record ViolationInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = "违规日期，在矫正期间内", example = "2021-05-10") LocalDate occurredOn,
        @NotBlank @Size(max = 1000) @Schema(description = "违规情形", example = "未经批准离开所居住的市县") String description,
        @NotNull @Schema(description = "处理：ADMONITION 训诫, WARNING 警告, REVOCATION_PROPOSAL 提请撤销") Sanction sanction,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
