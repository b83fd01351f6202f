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

/** A pre-sentence investigation and evaluation (调查评估) of a person a court or other organ may place in correction. */
@Entity
@Table(name = "investigation")
public class Investigation extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "entrusting_authority", nullable = false)
    public EntrustingAuthority entrustingAuthority;

    /** The entrusting organ's name, e.g. 大祥区人民法院. */
    @Column(name = "entrusting_organ", nullable = false)
    public String entrustingOrgan;

    @Column(name = "person_name", nullable = false)
    public String personName;

    @Column(name = "person_id_number", nullable = false)
    public String personIdNumber;

    @Column(name = "entrusted_on", nullable = false)
    public LocalDate entrustedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion")
    public InvestigationOpinion opinion;

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", orgUnit);
        s.put("entrustingAuthority", entrustingAuthority);
        s.put("entrustingOrgan", entrustingOrgan);
        s.put("personName", Masking.name(personName));
        s.put("personIdNumber", ResidentIdNumber.mask(personIdNumber));
        s.put("entrustedOn", entrustedOn);
        s.put("completedOn", completedOn);
        s.put("opinion", opinion);
        return s;
    }
}
