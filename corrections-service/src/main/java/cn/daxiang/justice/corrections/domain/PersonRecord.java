package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.audit.Masked;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import static cn.daxiang.justice.kit.audit.Masked.Kind.ID_NUMBER;
import static cn.daxiang.justice.kit.audit.Masked.Kind.NAME;

/** A record of one identified person (a subject, a person in resettlement): who they are. */
@MappedSuperclass
public abstract class PersonRecord extends AuditedRecord {

    @Column(name = "name", nullable = false)
    @Masked(NAME)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false)
    public Gender gender;

    @Column(name = "id_number", nullable = false)
    @Masked(ID_NUMBER)
    public String idNumber;

    /** Who the person is, as entered: the name stripped, the ID number in its one stored form. */
    public void identify(String name, Gender gender, String idNumber) {
        this.name = name.strip();
        this.gender = gender;
        this.idNumber = ResidentIdNumber.normalize(idNumber);
    }
}
