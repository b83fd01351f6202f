package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A legal aid case (法律援助案件), created when an application is accepted. */
@Entity
@Table(name = "legal_aid_case")
public class LegalAidCase extends AuditedRecord {

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    public CaseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "complexity")
    public CaseComplexity complexity;

    @Column(name = "accepted_on", nullable = false)
    public LocalDate acceptedOn;

    /** The notice's arrival, copied from a notified application on acceptance: its assignment clock runs from it. */
    @Column(name = "notice_received_on", updatable = false)
    public LocalDate noticeReceivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public CaseStatus status;

    @Column(name = "provider_id")
    public UUID providerId;

    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    @Column(name = "hearing_attended", nullable = false)
    public boolean hearingAttended;

    @Column(name = "hearing_on")
    public LocalDate hearingOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "result")
    public String result;

    @Column(name = "terminated_on")
    public LocalDate terminatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    public TerminationReason terminationReason;

    @Column(name = "termination_note")
    public String terminationNote;

    /** 先行提供法律援助 (法律援助法第四十四条): the ground on which aid was given before the review was complete. */
    @Enumerated(EnumType.STRING)
    @Column(name = "advance_ground", updatable = false)
    public AdvanceGround advanceGround;

    /** The day the materials that followed were reviewed, and the result (REFUSED ends the aid). */
    @Column(name = "advance_reviewed_on")
    public LocalDate advanceReviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "advance_review_result")
    public AdvanceReviewResult advanceReviewResult;
}
