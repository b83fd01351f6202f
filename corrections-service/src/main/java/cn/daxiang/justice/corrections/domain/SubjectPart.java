package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/** A record of one subject's file (level history, violations, scores): it has the subject's org unit. */
@MappedSuperclass
public abstract class SubjectPart extends AuditedRecord {

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;
}
