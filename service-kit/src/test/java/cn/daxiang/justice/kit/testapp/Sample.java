package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.audit.Masked;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "sample")
public class Sample extends AuditedRecord {

    public enum Kind { ALPHA, BETA }

    @Masked(Masked.Kind.NAME)
    @Column(name = "name")
    public String name;

    @Masked(Masked.Kind.ID_NUMBER)
    @Column(name = "id_number")
    public String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    public Kind kind;

    @Column(name = "amount")
    public int amount;

    @Column(name = "happened_on")
    public LocalDate happenedOn;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "stopped_from")
    public LocalDate stoppedFrom;

    @Column(name = "stopped_until")
    public LocalDate stoppedUntil;
}
