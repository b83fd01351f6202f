package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A proposal to revoke probation or parole, or to commit a subject serving outside prison to prison (提请撤销缓刑、撤销假释、
 * 收监执行): drafted by the township office, submitted by the district bureau through the kit's approvals
 * (CorrectionsApprovals.REVOCATION), then decided by the court or the deciding authority; a grant ends the correction.
 */
@Entity
@Table(name = "revocation_proposal")
public class RevocationProposal extends SubjectPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public RevocationKind kind;

    @Column(name = "grounds", nullable = false)
    public String grounds;

    /** The subject's violations the proposal rests on, by reference. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "violation_ids", nullable = false)
    public List<UUID> violationIds = new ArrayList<>();

    /** The subject's absconding case it rests on, if any. */
    @Column(name = "absconding_case_id")
    public UUID abscondingCaseId;

    /** The date of the proposal (建议书); once approved, the day it is taken as sent. */
    @Column(name = "proposed_on", nullable = false)
    public LocalDate proposedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public RevocationStatus status;

    /** The date of the court's ruling (裁定) or the authority's decision (决定). */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** The court or authority that decided, e.g. 邵阳市大祥区人民法院. */
    @Column(name = "decided_by")
    public String decidedBy;

    /** The number of its ruling or decision, e.g. (2021)湘0503刑更12号. */
    @Column(name = "document_number")
    public String documentNumber;
}
