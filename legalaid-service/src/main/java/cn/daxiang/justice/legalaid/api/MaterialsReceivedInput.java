package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The materials arrived: the review clock runs again. */
@Schema(name = "MaterialsReceivedInput", description = "材料已补齐 / materials received")
public record MaterialsReceivedInput(
        @NotNull @PastOrPresent
        @Schema(description = "材料补齐日期", example = "2021-03-10")
        LocalDate receivedOn,
        @Schema(description = "The application version this is based on; or send If-Match")
        Long version) {
}
