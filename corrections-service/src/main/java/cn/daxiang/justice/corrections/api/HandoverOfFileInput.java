package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "FileHandoverInput", description = "档案移交 / the file handed over to the new place of execution")
public record HandoverOfFileInput(
        @NotNull @Schema(description = "移交日期，不早于批准日期、不晚于今日", example = "2021-05-20") LocalDate handedOverOn,
        @Schema(description = "The version this is based on; or send If-Match") Long version) {
}
