package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.mediation.domain.AgreementForm;
import cn.daxiang.justice.mediation.domain.DisputeStatus;
import cn.daxiang.justice.mediation.domain.Referral;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ConcludeInput", description = "调解终结 / conclude a dispute")
public record ConcludeInput(
        @NotNull
        @Schema(description = "结果：SUCCEEDED 调解成功, FAILED 调解不成（均须先开始调解）, WITHDRAWN 撤回")
        DisputeStatus outcome,
        @NotNull @Schema(description = "终结日期", example = "2021-04-01") LocalDate concludedOn,
        @Schema(description = "协议形式，调解成功时必填：WRITTEN 书面协议, ORAL 口头协议")
        AgreementForm agreementForm,
        @Schema(description = "引导去向，调解不成时必填：LITIGATION 诉讼, ARBITRATION 仲裁, ADMINISTRATIVE 行政处理, PETITION 信访, NONE 未转介")
        Referral referral,
        @Schema(description = "调解协议生效日期（调解成功时）：书面协议为各方签名、盖章或按指印之日中最后一日，口头协议为各方达成协议之日；"
                + "不填则为终结日期", example = "2021-04-01")
        LocalDate agreementEffectiveOn,
        @Valid
        @Schema(description = "调解协议内容（调解成功时可填，书面或口头协议均可；也可之后以 agreement 登记）")
        AgreementInput agreement,
        @Schema(description = "预防矛盾纠纷升级；不填则保持原值") Boolean escalationPrevented,
        @Size(max = 1000) @Schema(description = "说明", maxLength = 1000) String note,
        @Schema(description = "The version this action is based on; or send If-Match") Long version) {
}
