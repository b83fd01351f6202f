package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One org unit's screening report (矛盾纠纷排查) for a period. A report with no dispute found is a
 * zero report (零上报): "reported nothing", as opposed to no report at all.
 */
@Entity
@Table(name = "screening")
public class Screening extends AuditedRecord {

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "disputes_found", nullable = false)
    public int disputesFound;

    @Column(name = "zero_report", nullable = false)
    public boolean zeroReport;

    @Column(name = "note")
    public String note;
}
