package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.idnumber.ResidentId;
import cn.daxiang.justice.mediation.domain.PartyRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party to a dispute, as a client sends it. */
@Schema(name = "PartyInput", description = "纠纷当事人 / a party to a dispute")
public record PartyInput(
        @NotBlank @Size(max = 100)
        @Schema(description = "姓名或单位名称", example = "张三", maxLength = 100)
        String name,
        @NotNull
        @Schema(description = "当事人角色：APPLICANT 申请人, RESPONDENT 被申请人, THIRD_PARTY 第三人")
        PartyRole role,
        @ResidentId
        @Schema(description = "居民身份证号码（18位，校验码正确）；可空", example = "430503199001011236")
        String idNumber,
        @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "电话号码格式不正确")
        @Schema(description = "联系电话；可空", example = "13807390000")
        String phone) {
}
