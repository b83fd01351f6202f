package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.audit.NotAudited;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A mediator assigned to a dispute; the first (position 0) leads. */
@Entity
@Table(name = "dispute_mediator")
public class DisputeMediator extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false)
    @NotAudited
    public Dispute dispute;

    @Column(name = "mediator_id", nullable = false)
    public UUID mediatorId;

    @Column(name = "position", nullable = false)
    public int position;
}
