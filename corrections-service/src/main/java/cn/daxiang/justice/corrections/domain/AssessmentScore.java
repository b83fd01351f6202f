package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A subject's monthly assessment score (日常考核), one per subject and month. */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore extends AuditedRecord {

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** The first day of the month assessed. */
    @Column(name = "month_start", nullable = false)
    public LocalDate monthStart;

    @Column(name = "score", nullable = false)
    public int score;

    @Column(name = "note")
    public String note;

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", orgUnit);
        s.put("subjectId", subjectId);
        s.put("month", monthStart);
        s.put("score", score);
        s.put("note", note);
        return s;
    }
}
