package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** 结案. */
@Schema(name = "CloseInput", description = "结案 / close a case")
public record CloseInput(
        @NotNull @PastOrPresent @Schema(description = "结案日期", example = "2021-06-30") LocalDate closedOn,
        @NotBlank @Size(max = 2000) @Schema(description = "办理结果", example = "调解结案，受援人获得劳动报酬3.2万元") String result,
        @Schema(description = "The case version this is based on; or send If-Match") Long version) {
}
