package cn.daxiang.justice.mediation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "AgreementTerm", description = "调解协议条款 / one term of a mediation agreement")
public record AgreementTermView(
        @Schema(description = "条款序号，从0开始（回访逐项履行情况按此顺序）") int position,
        @Schema(description = "履行义务的当事人：纠纷当事人列表中的序号，从0开始") int obligorParty,
        @Schema(description = "义务内容") String obligation,
        @Schema(description = "给付金额（元）", nullable = true) BigDecimal amount,
        @Schema(description = "履行期限", nullable = true) LocalDate dueOn) {
}
