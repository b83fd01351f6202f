package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.idnumber.Masking;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person in community correction (社区矫正对象), from intake to release or termination. */
@Entity
@Table(name = "subject")
public class Subject extends AuditedRecord {

    @Column(name = "name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false)
    public Gender gender;

    @Column(name = "id_number", nullable = false)
    public String idNumber;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType type;

    @Column(name = "offence", nullable = false)
    public String offence;

    @Column(name = "sentence", nullable = false)
    public String sentence;

    @Column(name = "deciding_authority", nullable = false)
    public String decidingAuthority;

    @Column(name = "correction_start", nullable = false)
    public LocalDate correctionStart;

    @Column(name = "correction_end", nullable = false)
    public LocalDate correctionEnd;

    @Column(name = "intake_date", nullable = false)
    public LocalDate intakeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_level", nullable = false)
    public SupervisionLevel supervisionLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubjectStatus status;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** A {@link ReleaseReason} or a {@link TerminationReason}, by status. */
    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "end_note")
    public String endNote;

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", orgUnit);
        s.put("name", Masking.name(name));
        s.put("gender", gender);
        s.put("idNumber", ResidentIdNumber.mask(idNumber));
        s.put("type", type);
        s.put("offence", offence);
        s.put("sentence", sentence);
        s.put("decidingAuthority", decidingAuthority);
        s.put("correctionStart", correctionStart);
        s.put("correctionEnd", correctionEnd);
        s.put("intakeDate", intakeDate);
        s.put("supervisionLevel", supervisionLevel);
        s.put("status", status);
        s.put("endedOn", endedOn);
        s.put("endReason", endReason);
        s.put("endNote", endNote);
        return s;
    }
}
