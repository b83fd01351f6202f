package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.RevocationOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "RevocationDecisionInput", description = "人民法院裁定、决定机关决定 / the court's or authority's decision on a revocation proposal")
public record RevocationDecisionInput(
        @NotNull @PastOrPresent @Schema(description = "裁定、决定日期，不早于提请日期；裁定撤销或决定收监的，即为终止矫正日期",
                example = "2021-09-28") LocalDate decidedOn,
        @NotBlank @Size(max = 100) @Schema(description = "作出裁定、决定的机关", example = "邵阳市大祥区人民法院", maxLength = 100)
        String decidedBy,
        @NotBlank @Size(max = 100) @Schema(description = "裁定书、决定书文号", example = "（2021）湘0503刑更12号", maxLength = 100)
        String documentNumber,
        @NotNull @Schema(description = "GRANTED 撤销缓刑、假释或收监执行（终止矫正）, DENIED 不予撤销、不予收监") RevocationOutcome outcome,
        @Schema(description = "The version this is based on; or send If-Match") Long version) {
}
