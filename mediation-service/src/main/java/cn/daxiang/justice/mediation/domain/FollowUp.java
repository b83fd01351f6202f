package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A follow-up visit (回访) after a dispute was concluded: was the agreement carried out, are the parties satisfied. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends AuditedRecord {

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "fulfilment", nullable = false)
    public Fulfilment fulfilment;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction", nullable = false)
    public Satisfaction satisfaction;

    @Column(name = "note")
    public String note;

    /** Each agreement term's performance, in the terms' order; null when the dispute has no terms recorded. */
    @Convert(converter = TermPerformanceList.class)
    @Column(name = "term_performance")
    public List<TermPerformance> termPerformance;
}
