package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.kit.audit.Masked;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

import static cn.daxiang.justice.kit.audit.Masked.Kind.ID_NUMBER;
import static cn.daxiang.justice.kit.audit.Masked.Kind.NAME;

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
    @Masked(NAME)
    public String personName;

    @Column(name = "person_id_number", nullable = false)
    @Masked(ID_NUMBER)
    public String personIdNumber;

    @Column(name = "entrusted_on", nullable = false)
    public LocalDate entrustedOn;

    /** Expedited criminal procedure (速裁程序): 5 working days instead of 10. */
    @Column(name = "expedited", nullable = false)
    public boolean expedited;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion")
    public InvestigationOpinion opinion;
}
