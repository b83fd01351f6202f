package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.Gender;
import cn.daxiang.justice.corrections.domain.OutsidePrisonGround;
import cn.daxiang.justice.corrections.domain.SubjectType;
import cn.daxiang.justice.corrections.domain.SupervisionLevel;
import cn.daxiang.justice.kit.idnumber.ResidentId;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What a client sends to register (intake) or correct a subject. Status and level change through actions. */
@Schema(name = "SubjectInput", description = "社区矫正对象 / community corrections subject")
public record SubjectInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent")
        UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "负责的司法所或区局的12位区划代码", example = "430503101000")
        String orgUnit,
        @NotBlank @Size(max = 50)
        @Schema(description = "姓名", example = "王五")
        String name,
        @NotNull
        @Schema(description = "性别：MALE 男, FEMALE 女")
        Gender gender,
        @NotBlank @ResidentId
        @Schema(description = "身份证号码（18位）", example = "430503198506120310")
        String idNumber,
        @NotNull @Past
        @Schema(description = "出生日期，须与身份证号码一致", example = "1985-06-12")
        LocalDate birthDate,
        @NotNull
        @Schema(description = "矫正类别：CONTROL 管制, PROBATION 缓刑, PAROLE 假释, OUTSIDE_PRISON 暂予监外执行")
        SubjectType type,
        @NotBlank @Size(max = 200)
        @Schema(description = "罪名", example = "危险驾驶罪")
        String offence,
        @NotBlank @Size(max = 200)
        @Schema(description = "原判刑罚", example = "拘役三个月，缓刑六个月")
        String sentence,
        @NotBlank @Size(max = 100)
        @Schema(description = "决定机关", example = "大祥区人民法院")
        String decidingAuthority,
        @NotNull
        @Schema(description = "矫正期限起", example = "2021-03-01")
        LocalDate correctionStart,
        @NotNull
        @Schema(description = "矫正期限止（计划）", example = "2021-08-31")
        LocalDate correctionEnd,
        @NotNull @PastOrPresent
        @Schema(description = "接收日期（入矫）", example = "2021-03-05")
        LocalDate intakeDate,
        @NotNull
        @Schema(description = "入矫时的管理等级：STRICT 严管, NORMAL 普管, LENIENT 宽管；之后通过 level 操作调整")
        SupervisionLevel supervisionLevel,
        @PastOrPresent
        @Schema(description = "判决、裁定生效日期；管制、缓刑、假释对象自此日起十日内报到（社区矫正法第二十一条）", example = "2021-02-05")
        LocalDate judgmentEffectiveOn,
        @PastOrPresent
        @Schema(description = "报到日期，不早于判决、裁定生效日期", example = "2021-02-18")
        LocalDate reportedOn,
        @Schema(description = "暂予监外执行的情形（仅 OUTSIDE_PRISON，可不填）：SERIOUS_ILLNESS 有严重疾病需要保外就医（须每三个月病情复查）, "
                + "PREGNANT_OR_NURSING 怀孕或者正在哺乳自己婴儿, UNABLE_TO_CARE 生活不能自理（刑事诉讼法第二百六十五条）")
        OutsidePrisonGround outsidePrisonGround,
        @Schema(description = "The version this change is based on (updates only); or send If-Match")
        Long version) implements SyncInput {
}
