package cn.daxiang.justice.corrections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One entry of a subject's supervision-level history (分级处遇): the level from a date on, and why. */
@Entity
@Table(name = "subject_level")
public class SubjectLevel extends SubjectPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_level", nullable = false)
    public SupervisionLevel level;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "reason", nullable = false)
    public String reason;
}
