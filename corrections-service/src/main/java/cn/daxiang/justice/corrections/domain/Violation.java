package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A violation (违规) by a subject and its sanction. */
@Entity
@Table(name = "violation")
public class Violation extends SubjectPart {

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "description", nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "sanction", nullable = false)
    public Sanction sanction;
}
