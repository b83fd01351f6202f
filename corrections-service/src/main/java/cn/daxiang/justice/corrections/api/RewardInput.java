package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RewardInput", description = "表扬（社区矫正法第二十八条） / reward")
public record RewardInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = RewardView.DECIDED_ON, example = "2021-12-20") LocalDate decidedOn,
        @NotBlank @Size(max = 100) @Schema(description = "决定机关", example = "大祥区社区矫正管理局") String decidedBy,
        @NotBlank @Size(max = 2000) @Schema(description = "表扬理由", example = "认罪悔罪，积极参加公益活动，表现突出") String reason,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
