package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A legal consultation (法律咨询). */
@Entity
@Table(name = "consultation")
public class Consultation extends AuditedRecord {

    @Column(name = "consulted_on", nullable = false)
    public LocalDate consultedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public ConsultationChannel channel;

    @Column(name = "topic", nullable = false)
    public String topic;
}
