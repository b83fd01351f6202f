package cn.daxiang.justice.mediation.domain;

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
import java.util.UUID;

/** A people's mediator (人民调解员) of one committee, for one term. The org unit is the committee's. */
@Entity
@Table(name = "mediator")
public class Mediator extends AuditedRecord {

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "phone")
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment", nullable = false)
    public Employment employment;

    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", orgUnit);
        s.put("committeeId", committeeId);
        s.put("name", name);
        s.put("idNumber", ResidentIdNumber.mask(idNumber));
        s.put("phone", Masking.phone(phone));
        s.put("employment", employment);
        s.put("termStart", termStart);
        s.put("termEnd", termEnd);
        return s;
    }
}
