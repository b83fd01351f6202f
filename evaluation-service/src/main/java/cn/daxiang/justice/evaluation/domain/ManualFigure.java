package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(name = "value", nullable = false, precision = 16, scale = 4)
    public BigDecimal value;

    @Column(name = "note", length = 500)
    public String note;

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", orgUnit);
        s.put("metric", metric);
        s.put("from", periodFrom == null ? null : periodFrom.toString());
        s.put("to", periodTo == null ? null : periodTo.toString());
        s.put("value", Indicator.plain(value));
        s.put("note", note);
        return s;
    }
}
