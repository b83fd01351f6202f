package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A quality review of a case (质量评查); its org unit is the case's. */
@Entity
@Table(name = "case_review")
public class CaseReview extends AuditedRecord {

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ReviewKind kind;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(name = "score", nullable = false)
    public int score;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false)
    public ReviewResult result;

    @Column(name = "required_fixes")
    public String requiredFixes;
}
