package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.audit.NotAudited;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A subject taken into correction while a subject with the same ID number was in correction in a unit
 * outside the writer's scope: kept for the district admin's review. It belongs to the district, never to
 * a township, so that no township scope ever reaches it.
 */
@Entity
@Table(name = "suspected_duplicate")
public class SuspectedDuplicate extends AuditedRecord {

    /** The later record, the one flagged. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** The record that was in correction first. */
    @Column(name = "existing_subject_id", nullable = false)
    public UUID existingSubjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public DuplicateStatus status;

    @Column(name = "resolved_at")
    // the audit row of the resolution says when
    @NotAudited
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "note")
    public String note;
}
