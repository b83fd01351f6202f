package cn.daxiang.justice.kit.testapp;

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

@Entity
@Table(name = "sample")
public class Sample extends AuditedRecord {

    public enum Kind { ALPHA, BETA }

    @Column(name = "name")
    public String name;

    @Column(name = "id_number")
    public String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    public Kind kind;

    @Column(name = "amount")
    public int amount;

    @Column(name = "happened_on")
    public LocalDate happenedOn;

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", orgUnit);
        s.put("name", Masking.name(name));
        s.put("idNumber", ResidentIdNumber.mask(idNumber));
        s.put("kind", kind);
        s.put("amount", amount);
        s.put("happenedOn", happenedOn);
        return s;
    }
}
