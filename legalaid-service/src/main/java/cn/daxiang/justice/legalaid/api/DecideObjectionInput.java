package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.legalaid.domain.ObjectionDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The bureau's decision on an objection (法律援助法第四十九条). */
@Schema(name = "DecideObjectionInput", description = "异议审查决定 / the bureau's decision on an objection")
public record DecideObjectionInput(
        @NotNull @PastOrPresent
        @Schema(description = "决定日期，不早于收到异议日期", example = "2021-10-08") LocalDate decidedOn,
        @NotNull @Schema(description = "UPHELD 维持原决定, CORRECTED 责令改正") ObjectionDecision decision,
        @NotBlank @Size(max = 1000)
        @Schema(description = "决定理由", example = "申请人家庭经济状况不符合法律援助条件，维持原决定") String reason,
        @Schema(description = "The objection version this decision is based on; or send If-Match") Long version) {
}
