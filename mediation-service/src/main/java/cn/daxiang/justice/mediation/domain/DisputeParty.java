package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.idnumber.Masking;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** A party (当事人) to a dispute. */
@Entity
@Table(name = "dispute_party")
public class DisputeParty extends AuditedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false)
    public Dispute dispute;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public PartyRole role;

    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "phone")
    public String phone;

    String auditLine() {
        return role + " " + Masking.name(name)
                + (idNumber == null ? "" : " " + ResidentIdNumber.mask(idNumber))
                + (phone == null ? "" : " " + Masking.phone(phone));
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", orgUnit);
        s.put("position", position);
        s.put("name", Masking.name(name));
        s.put("role", role);
        s.put("idNumber", ResidentIdNumber.mask(idNumber));
        s.put("phone", Masking.phone(phone));
        return s;
    }
}
