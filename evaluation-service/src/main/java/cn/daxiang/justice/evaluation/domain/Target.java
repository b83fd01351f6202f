package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A target set from above (任务指标, 省厅下达任务) for one org unit, year and metric, e.g. the
 * provincial target of 380 accepted legal-aid cases for Daxiang in 2021. Completion rates
 * (完成率) divide the metric's actual figure by it.
 */
@Entity
@Table(name = "target")
public class Target extends AuditedRecord {

    @Column(name = "year", nullable = false)
    public int year;

    /** A dotted metric name as the work lines publish it, e.g. {@code legalaid.cases.accepted}. */
    @Column(name = "metric", nullable = false, length = 100)
    public String metric;

    @Column(name = "value", nullable = false, precision = 14, scale = 2)
    public BigDecimal value;

    @Column(name = "note", length = 500)
    public String note;
}
