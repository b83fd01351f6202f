package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** One subject attending one education session: one person-time (人次). */
@Entity
@Table(name = "education_attendance")
public class EducationAttendance extends AuditedRecord {

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;
}
