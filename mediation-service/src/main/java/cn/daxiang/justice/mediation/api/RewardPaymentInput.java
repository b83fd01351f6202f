package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.approval.AttachmentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "RewardPaymentInput", description = "以奖代补发放批次 / a payment batch for the dossiers archived in a year, "
        + "frozen from what the payouts computation owes and sent to approval")
public record RewardPaymentInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Min(value = 2000, message = "年度应在2000至2100之间") @Max(value = 2100, message = "年度应在2000至2100之间")
        @Schema(description = "卷宗年度（卷宗归档日期所在年度，如2021年发放上年度卷宗的奖励即为2020）", example = "2020") Integer year,
        @NotBlank @Size(max = 100) @Schema(description = "依据文件文号", example = "大司发〔2021〕5号", maxLength = 100) String documentNumber,
        @NotBlank @Size(max = 200) @Schema(description = "依据文件标题", example = "关于发放2020年度人民调解“以奖代补”经费的通知",
                maxLength = 200) String documentTitle,
        @NotBlank @Size(max = 1000) @Schema(description = "提请审批的理由", example = "经核算，2020年度归档调解卷宗221份，拟按标准发放以奖代补经费",
                maxLength = 1000) String reasons,
        @Valid @Size(max = 20) @Schema(description = "所附材料（引用），如卷宗评查表、核算表") List<AttachmentInput> attachments) {
}
