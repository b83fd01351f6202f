package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** 补充材料: the review clock stops until the materials arrive. */
@Schema(name = "MaterialsRequestInput", description = "要求补充材料 / request further materials")
public record MaterialsRequestInput(
        @NotNull @PastOrPresent
        @Schema(description = "通知补充材料日期", example = "2021-03-03")
        LocalDate requestedOn,
        @NotBlank @Size(max = 1000)
        @Schema(description = "需补充的材料", example = "村委会出具的经济困难证明")
        String materials,
        @Schema(description = "The application version this is based on; or send If-Match")
        Long version) {
}
