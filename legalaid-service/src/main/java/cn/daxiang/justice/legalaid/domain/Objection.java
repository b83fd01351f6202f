package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An applicant's objection (异议) to a refusal, reviewed by the bureau (司法行政部门, 法律援助法第四十九条); its
 * org unit is the application's. PENDING until decided; a decided objection does not change.
 */
@Entity
@Table(name = "objection")
public class Objection extends AuditedRecord {

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "grounds", nullable = false)
    public String grounds;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ObjectionStatus status;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    public ObjectionDecision decision;

    @Column(name = "decision_reason")
    public String decisionReason;
}
