package cn.daxiang.justice.kit.approval;

import cn.daxiang.justice.kit.audit.NotAudited;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request for a decision (审批) on a record of the line: what is asked ({@code kind}), why, with which
 * documents, along which route, and where it stands. Its org unit is the record's; the action it asks for
 * takes effect when its last step approves, in the same transaction ({@link ApprovalRule}).
 */
@Entity
@Table(name = "approval")
public class Approval extends AuditedRecord {

    @Column(name = "kind", nullable = false)
    public String kind;

    /** The record the request is about: its entity type and id. */
    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(name = "reasons", nullable = false)
    public String reasons;

    /** Documents by reference (title and where it is kept), until records carry attachments of their own. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attachments", nullable = false)
    public List<AttachmentRef> attachments = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "route", nullable = false)
    public List<ApprovalStep> route = new ArrayList<>();

    /** The 0-based step awaiting a decision (while PENDING). */
    @Column(name = "step", nullable = false)
    public int step;

    /** 1 for the first submission, one more per resubmission after a return. */
    @Column(name = "round", nullable = false)
    public int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public ApprovalState state;

    /** The current step's org unit and role while PENDING: the approver's queue is an index range on them. */
    @Column(name = "awaiting_org_unit")
    public String awaitingOrgUnit;

    @Column(name = "awaiting_role")
    public String awaitingRole;

    /** Decided, or withdrawn: when the request was closed. */
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Who withdrew a WITHDRAWN request (its requester or a district admin), and why if said. */
    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    // decisions are only ever added (the run-time role may not change or delete them)
    @NotAudited
    @BatchSize(size = 100)
    @OneToMany(mappedBy = "approval", cascade = CascadeType.PERSIST)
    @OrderBy("decidedAt, id")
    public List<ApprovalDecision> decisions = new ArrayList<>();

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        snapshot.put("decisions", decisions.stream().map(ApprovalDecision::auditLine).toList());
    }

    /** A document a request refers to. */
    public record AttachmentRef(String title, String ref) {
    }
}
