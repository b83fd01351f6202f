package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Electronic location (电子定位) of a subject, 《中华人民共和国社区矫正法》第二十九条: decided with the approval of
 * the county bureau's head, for at most three months; a renewal (延长) is a record of its own linked to the one
 * it extends by {@link #renewsId}, and the extended record keeps the day its renewal was decided ({@link #renewedOn}).
 */
@Entity
@Table(name = "electronic_location")
public class ElectronicLocation extends SubjectPart {

    /** The longest period of one decision or renewal, in months (第二十九条第二款「不得超过三个月」). */
    public static final int MAX_MONTHS = 3;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    public ElectronicLocationReason reason;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    /** The record this one extends; null for a first decision. Set by the renewal action only. */
    @Column(name = "renews_id")
    public UUID renewsId;

    /** The decision date of this record's renewal; set by the renewal action only. */
    @Column(name = "renewed_on")
    public LocalDate renewedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ElectronicLocationStatus status = ElectronicLocationStatus.ACTIVE;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public ElectronicLocationEndReason endReason;
}
