package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.mediation.domain.PartyRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party as clients read it; personal data masked for readers who do not need it and in every list. */
@Schema(name = "Party", description = "纠纷当事人 / a party to a dispute")
public record PartyView(
        @Schema(description = "姓名（只读角色看到脱敏姓名）") String name,
        @Schema(description = "当事人角色：APPLICANT 申请人, RESPONDENT 被申请人, THIRD_PARTY 第三人") PartyRole role,
        @Schema(description = "身份证号码，列表中及无权查看者看到脱敏值，如 430503********123X", nullable = true) String idNumber,
        @Schema(description = "联系电话（脱敏规则同上）", nullable = true) String phone) {
}
