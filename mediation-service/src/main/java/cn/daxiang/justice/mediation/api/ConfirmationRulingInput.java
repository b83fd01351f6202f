package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.mediation.domain.ConfirmationRuling;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ConfirmationRulingInput", description = "司法确认裁定 / the court's ruling on judicial confirmation")
public record ConfirmationRulingInput(
        @NotNull
        @Schema(description = "裁定结果：CONFIRMED 裁定调解协议有效, REJECTED 裁定驳回申请")
        ConfirmationRuling ruling,
        @NotNull
        @Schema(description = "裁定日期，不早于申请日期，不晚于今天", example = "2021-04-20")
        LocalDate ruledOn,
        @NotBlank @Size(max = 60)
        @Schema(description = "法院案号（调确字）", maxLength = 60, example = "（2021）湘0503民特12号")
        String caseNumber,
        @Schema(description = "The version this action is based on; or send If-Match") Long version) {
}
