package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.idnumber.Masking;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person in resettlement and support (安置帮教), released from prison or from correction. */
@Entity
@Table(name = "resettlement_person")
public class ResettlementPerson extends AuditedRecord {

    @Column(name = "name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false)
    public Gender gender;

    @Column(name = "id_number", nullable = false)
    public String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    public ResettlementSource source;

    @Column(name = "released_on", nullable = false)
    public LocalDate releasedOn;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "handover_done", nullable = false)
    public boolean handoverDone;

    @Column(name = "key_target", nullable = false)
    public boolean keyTarget;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "support_team", nullable = false)
    public List<SupportTeamMember> supportTeam = new ArrayList<>();

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** The correction subject this person was handed over from, if any. */
    @Column(name = "subject_id", updatable = false)
    public UUID subjectId;

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", orgUnit);
        s.put("name", Masking.name(name));
        s.put("gender", gender);
        s.put("idNumber", ResidentIdNumber.mask(idNumber));
        s.put("source", source);
        s.put("releasedOn", releasedOn);
        s.put("receivedOn", receivedOn);
        s.put("handoverDone", handoverDone);
        s.put("keyTarget", keyTarget);
        s.put("supportTeam", supportTeam == null ? List.of()
                : supportTeam.stream().map(m -> Masking.name(m.name()) + "/" + m.role()).toList());
        s.put("endedOn", endedOn);
        s.put("subjectId", subjectId);
        return s;
    }
}
