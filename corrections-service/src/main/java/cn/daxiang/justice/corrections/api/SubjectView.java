package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.Gender;
import cn.daxiang.justice.corrections.domain.OutsidePrisonGround;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.domain.SubjectType;
import cn.daxiang.justice.corrections.domain.SupervisionLevel;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A subject as clients read it; personal data as the kit's policy allows the caller (PersonalDataPolicy). */
@PersonalData
@Schema(name = "Subject", description = "社区矫正对象 / community corrections subject")
public record SubjectView(
        UUID id,
        String orgUnit,
        long version,
        String name,
        @Schema(description = "MALE 男, FEMALE 女")
        Gender gender,
        @Schema(description = "身份证号码；按脱敏规则看到全号或脱敏值，如 430503********123X")
        String idNumber,
        @Schema(description = "出生日期；身份证号码脱敏时为空（与脱敏号码合看可还原全号），只给出生年份", nullable = true)
        LocalDate birthDate,
        @Schema(description = "出生年份")
        Integer birthYear,
        @Schema(description = "CONTROL 管制, PROBATION 缓刑, PAROLE 假释, OUTSIDE_PRISON 暂予监外执行")
        SubjectType type,
        @Schema(description = "罪名；无权查看者看到 ***")
        String offence,
        @Schema(description = "刑期；无权查看者看到 ***")
        String sentence,
        String decidingAuthority,
        LocalDate correctionStart,
        LocalDate correctionEnd,
        LocalDate intakeDate,
        @Schema(description = "判决、裁定生效日期", nullable = true)
        LocalDate judgmentEffectiveOn,
        @Schema(description = "报到日期", nullable = true)
        LocalDate reportedOn,
        @Schema(description = "暂予监外执行的情形：SERIOUS_ILLNESS 保外就医, PREGNANT_OR_NURSING 怀孕或哺乳, UNABLE_TO_CARE 生活不能自理", nullable = true)
        OutsidePrisonGround outsidePrisonGround,
        @Schema(description = "最近一次病情复查日期（保外就医）", nullable = true)
        LocalDate lastMedicalReviewOn,
        @Schema(description = "STRICT 严管, NORMAL 普管, LENIENT 宽管")
        SupervisionLevel supervisionLevel,
        @Schema(description = "IN_CORRECTION 在矫, RELEASED 解除矫正, TERMINATED 终止矫正")
        SubjectStatus status,
        @Schema(description = "解除或终止日期", nullable = true)
        LocalDate endedOn,
        @Schema(description = "解除原因 TERM_SERVED 期满, PARDON 特赦；终止原因 REVOKED 撤销缓刑/假释, IMPRISONED 收监执行, DEATH 死亡", nullable = true)
        String endReason,
        @Schema(nullable = true)
        String endNote,
        @Schema(description = "法定期限及其状态 / the record's statutory due dates and their state")
        List<Deadline> deadlines,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
