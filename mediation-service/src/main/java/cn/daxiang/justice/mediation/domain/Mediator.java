package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.audit.Masked;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

import static cn.daxiang.justice.kit.audit.Masked.Kind.ID_NUMBER;
import static cn.daxiang.justice.kit.audit.Masked.Kind.PHONE;

/** A people's mediator (人民调解员) of one committee, for one term. The org unit is the committee's. */
@Entity
@Table(name = "mediator")
public class Mediator extends AuditedRecord {

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "id_number")
    @Masked(ID_NUMBER)
    public String idNumber;

    @Column(name = "phone")
    @Masked(PHONE)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment", nullable = false)
    public Employment employment;

    @Column(name = "term_start", nullable = false)
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;
}
