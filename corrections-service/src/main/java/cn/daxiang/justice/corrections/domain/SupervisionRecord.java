package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A record of the day-to-day supervision of a subject (监督管理记录): report-in, the intake announcement,
 * the person's reports, contacts, visits and information checks, each dated, by whom, where, with its result.
 * The name in {@code conductedBy} is the staff member's, acting in office: not masked.
 */
@Entity
@Table(name = "supervision_record")
public class SupervisionRecord extends SubjectPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public SupervisionKind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "conducted_by", nullable = false)
    public String conductedBy;

    @Column(name = "place")
    public String place;

    @Column(name = "result", nullable = false)
    public String result;

    @Column(name = "abnormal", nullable = false)
    public boolean abnormal;
}
