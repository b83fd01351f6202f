package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.audit.Masked;
import cn.daxiang.justice.kit.idnumber.Masking;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import static cn.daxiang.justice.kit.audit.Masked.Kind.ID_NUMBER;
import static cn.daxiang.justice.kit.audit.Masked.Kind.NAME;
import static cn.daxiang.justice.kit.audit.Masked.Kind.PHONE;

/** A party (当事人) to a dispute. */
@Entity
@Table(name = "dispute_party")
public class DisputeParty extends DisputeRow {

    @Column(name = "name", nullable = false)
    @Masked(NAME)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public PartyRole role;

    @Column(name = "id_number")
    @Masked(ID_NUMBER)
    public String idNumber;

    @Column(name = "phone")
    @Masked(PHONE)
    public String phone;

    String auditLine() {
        return role + " " + Masking.name(name)
                + (idNumber == null ? "" : " " + ResidentIdNumber.mask(idNumber))
                + (phone == null ? "" : " " + Masking.phone(phone));
    }
}
