package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.audit.AuditKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A subject's monthly assessment score (日常考核), one per subject and month. */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore extends SubjectPart {

    /** The first day of the month assessed. */
    @Column(name = "month_start", nullable = false)
    @AuditKey("month")
    public LocalDate monthStart;

    @Column(name = "score", nullable = false)
    public int score;

    @Column(name = "note")
    public String note;
}
