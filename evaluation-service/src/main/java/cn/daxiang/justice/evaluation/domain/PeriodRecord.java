package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.audit.AuditKey;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDate;

/**
 * A record about one org unit and period (a run, a manual score): the period's first and last day. ManualFigure keeps
 * fields of its own: its audit trail is frozen with the metric listed before the period.
 */
@MappedSuperclass
public abstract class PeriodRecord extends AuditedRecord {

    @Column(name = "period_from", nullable = false)
    @AuditKey("from")
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    @AuditKey("to")
    public LocalDate periodTo;
}
