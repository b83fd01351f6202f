package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.audit.AuditKey;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure entered by hand (人工填报) for one metric, org unit and period: the lines that have no
 * service (training, publicity, reconsideration, law-enforcement supervision, normative documents)
 * and years from before a service's records begin (figures copied from old reports). Who entered
 * it and when are the record's {@code createdBy}/{@code updatedBy} and timestamps.
 */
@Entity
@Table(name = "manual_figure")
public class ManualFigure extends AuditedRecord {

    @Column(name = "metric", nullable = false, length = 100)
    public String metric;

    @Column(name = "period_from", nullable = false)
    @AuditKey("from")
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    @AuditKey("to")
    public LocalDate periodTo;

    @Column(name = "value", nullable = false, precision = 16, scale = 4)
    public BigDecimal value;

    @Column(name = "note", length = 500)
    public String note;
}
