package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.audit.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A person in community correction (社区矫正对象), from intake to release or termination. */
@Entity
@Table(name = "subject")
public class Subject extends PersonRecord {

    @Column(name = "birth_date", nullable = false)
    // with the masked ID number, a birth date in clear would give the number back
    @NotAudited
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType type;

    @Column(name = "offence", nullable = false)
    public String offence;

    @Column(name = "sentence", nullable = false)
    public String sentence;

    @Column(name = "deciding_authority", nullable = false)
    public String decidingAuthority;

    @Column(name = "correction_start", nullable = false)
    public LocalDate correctionStart;

    @Column(name = "correction_end", nullable = false)
    public LocalDate correctionEnd;

    @Column(name = "intake_date", nullable = false)
    public LocalDate intakeDate;

    /** The day the judgment or ruling took effect (判决、裁定生效日期); the report-in period runs from it. */
    @Column(name = "judgment_effective_on")
    public LocalDate judgmentEffectiveOn;

    /** The day the subject reported to the corrections office (报到日期). */
    @Column(name = "reported_on")
    public LocalDate reportedOn;

    /** 暂予监外执行的情形 (刑事诉讼法 第二百六十五条); OUTSIDE_PRISON subjects only, optional. */
    @Enumerated(EnumType.STRING)
    @Column(name = "outside_prison_ground")
    public OutsidePrisonGround outsidePrisonGround;

    /** The latest medical re-check (病情复查) of a subject on medical parole; set by MedicalReviewService only. */
    @Column(name = "last_medical_review_on")
    public LocalDate lastMedicalReviewOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_level", nullable = false)
    public SupervisionLevel supervisionLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubjectStatus status;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** A {@link ReleaseReason} or a {@link TerminationReason}, by status. */
    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "end_note")
    public String endNote;
}
