package cn.daxiang.justice.evaluation.persons;

import cn.daxiang.justice.kit.idnumber.ResidentId;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ID number to look a person up by, in the body so that it is in no URL or access line; hashed, never stored or logged. */
@Schema(name = "PersonLookupInput", description = "按身份证号查询跨业务线人员（号码仅用于计算哈希，不保存、不记录）")
public record PersonLookupInput(
        @NotBlank(message = "身份证号不能为空") @ResidentId
        @Schema(required = true, description = "Resident ID number, 18 characters / 居民身份证号", example = "43050319900101009X")
        String idNumber) {

    @Override
    public String toString() {
        return "PersonLookupInput[idNumber=***]";
    }
}
