package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up call to the person aided (回访); its org unit is the case's. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends AuditedRecord {

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "follow_up_on", nullable = false)
    public LocalDate followUpOn;

    @Column(name = "satisfied", nullable = false)
    public boolean satisfied;

    @Column(name = "notes")
    public String notes;
}
