package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AbscondingFoundInput", description = "查找到案 / the subject found")
public record AbscondingFoundInput(
        @NotNull @PastOrPresent @Schema(description = "查找到的日期，不早于发现日期和各项查找措施的日期", example = "2021-10-08") LocalDate foundOn,
        @NotBlank @Size(max = 2000) @Schema(description = "如何查找到及处理情况", example = "经家属劝说到司法所报到，予以警告") String how,
        @Schema(description = "The case's version; or send If-Match") Long version) {
}
