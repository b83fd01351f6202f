package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One entry of a subject's supervision-level history (分级处遇): the level from a date on, and why. */
@Entity
@Table(name = "subject_level")
public class SubjectLevel extends AuditedRecord {

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_level", nullable = false)
    public SupervisionLevel level;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "reason", nullable = false)
    public String reason;
}
