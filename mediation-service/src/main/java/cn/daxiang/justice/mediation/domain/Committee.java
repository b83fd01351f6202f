package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A people's mediation committee (人民调解委员会) and its current term. */
@Entity
@Table(name = "committee")
public class Committee extends AuditedRecord {

    /** The committee's name, e.g. 罗市镇人民调解委员会. */
    @Column(name = "name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    public CommitteeLevel level;

    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public CommitteeStatus status;

    /** The committee's follow-up rule: a successful mediation is visited within this many days of its conclusion. */
    @Column(name = "follow_up_within_days")
    public Integer followUpWithinDays;
}
