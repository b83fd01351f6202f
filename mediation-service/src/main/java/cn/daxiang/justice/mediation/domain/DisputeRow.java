package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.audit.NotAudited;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row of an ordered list that is part of a dispute (its parties, its agreement's terms): written and audited with it. */
@MappedSuperclass
public abstract class DisputeRow extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false)
    @NotAudited
    public Dispute dispute;

    @Column(name = "position", nullable = false)
    public int position;
}
