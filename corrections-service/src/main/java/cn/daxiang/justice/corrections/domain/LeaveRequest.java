package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A subject's request to leave the city or county of residence (请假外出), decided through the kit's approvals
 * (CorrectionsApprovals.LEAVE) and closed by the return report (销假).
 */
@Entity
@Table(name = "leave_request")
public class LeaveRequest extends SubjectPart {

    /** The day the written application was made. */
    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    @Column(name = "leave_from", nullable = false)
    public LocalDate leaveFrom;

    /** The last day away: the subject is back by the end of it. */
    @Column(name = "leave_until", nullable = false)
    public LocalDate leaveUntil;

    /** Where to, at the level of a city or county (e.g. 湖南省长沙市), not an address. */
    @Column(name = "destination", nullable = false)
    public String destination;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public LeaveStatus status;

    /** The day the subject reported back (销假). */
    @Column(name = "returned_on")
    public LocalDate returnedOn;

    /** Days away, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(leaveFrom, leaveUntil) + 1;
    }
}
