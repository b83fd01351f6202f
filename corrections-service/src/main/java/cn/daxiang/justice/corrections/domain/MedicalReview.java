package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A medical re-check (病情复查) of a subject out of prison on medical parole (保外就医) at a hospital the
 * provincial government designates. Each review fulfils the 3-month period that ran from the one before.
 */
@Entity
@Table(name = "medical_review")
public class MedicalReview extends SubjectPart {

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(name = "hospital", nullable = false)
    public String hospital;

    @Column(name = "result", nullable = false)
    public String result;

    /** Set by the service: the previous review's date, or the subject's intake date for the first. */
    @Column(name = "period_start_on", nullable = false)
    public LocalDate periodStartOn;
}
