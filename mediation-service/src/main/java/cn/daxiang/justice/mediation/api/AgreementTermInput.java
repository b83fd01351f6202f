package cn.daxiang.justice.mediation.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "AgreementTermInput", description = "调解协议条款 / one term of a mediation agreement")
public record AgreementTermInput(
        @NotNull @Min(value = 0, message = "义务方须为当事人列表中的序号（从0开始）")
        @Schema(description = "履行义务的当事人：纠纷当事人列表中的序号，从0开始", example = "1")
        Integer obligorParty,
        @NotBlank @Size(max = 1000)
        @Schema(description = "义务内容", maxLength = 1000, example = "于2021年4月15日前拆除越界围墙并恢复排水沟原走向")
        String obligation,
        @DecimalMin(value = "0.01", message = "金额须大于0") @Digits(integer = 10, fraction = 2, message = "金额最多10位整数、2位小数")
        @Schema(description = "给付金额（元，两位小数）；非金钱义务可空", example = "3000.00")
        BigDecimal amount,
        @Schema(description = "履行期限；不早于调解协议生效日期，可空（即时履行）", example = "2021-04-15")
        LocalDate dueOn) {
}
