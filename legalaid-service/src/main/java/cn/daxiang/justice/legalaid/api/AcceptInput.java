package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.legalaid.domain.AdvanceGround;
import cn.daxiang.justice.legalaid.domain.CaseComplexity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** 受理: the decision to grant legal aid, which creates the case. */
@Schema(name = "AcceptInput", description = "受理申请 / accept an application")
public record AcceptInput(
        @Schema(description = "Client-supplied id of the case to create; generated when absent")
        UUID caseId,
        @NotNull @PastOrPresent
        @Schema(description = "受理日期", example = "2021-03-05")
        LocalDate acceptedOn,
        @Schema(description = "重大复杂案件（可选）：DEATH_PENALTY 可能判处死刑, LIFE_IMPRISONMENT 可能判处无期徒刑, GROUP_LITIGATION 群体性诉讼")
        CaseComplexity complexity,
        @Schema(description = "先行提供法律援助的情形（法律援助法第四十四条；可选）：LIMITATION_NEAR 距法定时效或者期限届满不足七日, "
                + "URGENT_PRESERVATION 需要立即申请财产保全、证据保全或者先予执行, OTHER_STATUTORY 法律、法规、规章规定的其他情形；"
                + "有此项时可在补充材料期间受理，材料补齐后须审查（cases/{id}/advance-review）", nullable = true)
        AdvanceGround advanceGround,
        @Schema(description = "The application version this decision is based on; or send If-Match")
        Long version) {
}
