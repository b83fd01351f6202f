package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A zero report (零报告): an office had nothing to record in one work line in one month. A run's completeness counts an
 * office as having reported a line for a period when the line has records for it in the period, or when it filed a zero
 * report for every month of the period.
 */
@Entity
@Table(name = "zero_report")
public class ZeroReport extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 12)
    public Line line;

    @Column(name = "year", nullable = false)
    public int year;

    @Column(name = "month", nullable = false)
    public int month;

    @Column(name = "note", length = 500)
    public String note;
}
