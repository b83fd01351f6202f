package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ElectronicLocationRenewInput", description = "延长电子定位 / renewal: 经评估仍有必要继续使用的，经过批准，期限可以延长，每次不得超过三个月")
public record ElectronicLocationRenewInput(
        @Schema(description = "Client-supplied id of the renewal; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = "延长决定日期，不晚于原期限届满次日", example = "2021-04-28") LocalDate decidedOn,
        @NotBlank @Size(max = 100) @Schema(description = "批准人", example = "大祥区司法局 李局长") String approvedBy,
        @NotNull @Schema(description = "延长后的截止日期；延长自原截止日期次日起算，不超过三个月", example = "2021-07-31") LocalDate endsOn,
        @Schema(description = "The version of the record extended; or send If-Match") Long version) {
}
