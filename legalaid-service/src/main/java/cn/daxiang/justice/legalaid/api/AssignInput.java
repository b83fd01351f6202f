package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** 指派: a provider takes the case. */
@Schema(name = "AssignInput", description = "指派承办人员 / assign a provider")
public record AssignInput(
        @NotNull @Schema(description = "承办人员；重大复杂案件只能指派给资深人员") UUID providerId,
        @NotNull @PastOrPresent @Schema(description = "指派日期", example = "2021-03-08") LocalDate assignedOn,
        @Schema(description = "The case version this is based on; or send If-Match") Long version) {
}
