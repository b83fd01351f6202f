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

/** One mediator's attendance at one training session (one person-time, 人次). */
@Entity
@Table(name = "training_attendance")
public class TrainingAttendance extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false)
    @NotAudited
    public Training training;

    @Column(name = "mediator_id", nullable = false)
    public UUID mediatorId;
}
