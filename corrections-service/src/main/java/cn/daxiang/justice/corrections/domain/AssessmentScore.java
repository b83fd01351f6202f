package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.audit.AuditKey;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A subject's monthly assessment score (日常考核), one per subject and month. */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore extends AuditedRecord {

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** The first day of the month assessed. */
    @Column(name = "month_start", nullable = false)
    @AuditKey("month")
    public LocalDate monthStart;

    @Column(name = "score", nullable = false)
    public int score;

    @Column(name = "note")
    public String note;
}
