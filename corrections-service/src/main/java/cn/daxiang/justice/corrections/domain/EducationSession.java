package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An education session (教育矫正); its attendances are {@link EducationAttendance} rows. */
@Entity
@Table(name = "education_session")
public class EducationSession extends AuditedRecord {

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "topic", nullable = false)
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public EducationKind kind;

    /** The attending subjects, for the audit snapshot only (kept in education_attendance). */
    @Transient
    public List<UUID> attendees = new ArrayList<>();

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        snapshot.put("subjectIds", attendees.stream().map(UUID::toString).sorted().toList());
    }
}
