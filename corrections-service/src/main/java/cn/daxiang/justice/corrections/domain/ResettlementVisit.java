package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A 帮教 visit (帮教走访) of a person in resettlement: dated, by whom, its kind and result, in the person's org unit.
 * The name in {@code visitedBy} is the staff member's or team member's, acting in office: not masked.
 */
@Entity
@Table(name = "resettlement_visit")
public class ResettlementVisit extends AuditedRecord {

    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(name = "visited_by", nullable = false)
    public String visitedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ResettlementVisitKind kind;

    @Column(name = "result", nullable = false)
    public String result;
}
