package cn.daxiang.justice.mediation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The content of a mediation agreement (人民调解法第二十九条: the main facts and matters in dispute, the content agreed,
 * the performance method and period). A written agreement (调解协议书) may name its document; an oral one records the
 * content only (第二十八条).
 */
@Schema(name = "AgreementInput", description = "调解协议内容 / the content of a mediation agreement")
public record AgreementInput(
        @NotBlank @Size(max = 2000)
        @Schema(description = "纠纷的主要事实、争议事项", maxLength = 2000, example = "双方因宅基地边界和排水沟走向发生争执，争议为围墙是否越界及排水沟改道")
        String matters,
        @NotEmpty @Size(max = 50) @Valid
        @Schema(description = "达成协议的内容，逐项列明：义务方、义务、金额、期限")
        List<@NotNull AgreementTermInput> terms,
        @NotBlank @Size(max = 500)
        @Schema(description = "履行方式", maxLength = 500, example = "现金当面交付，由村人民调解委员会见证")
        String performanceMethod,
        @Size(max = 50)
        @Schema(description = "调解协议书编号（仅书面协议；口头协议不制作协议书）", maxLength = 50, example = "罗调协〔2021〕15号")
        String documentNumber,
        @Schema(description = "The version this change is based on (the agreement action; ignored inside conclude); or send If-Match")
        Long version) {
}
