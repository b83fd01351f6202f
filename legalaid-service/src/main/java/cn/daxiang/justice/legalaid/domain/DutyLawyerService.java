package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.audit.Masked;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

import static cn.daxiang.justice.kit.audit.Masked.Kind.NAME;
import static cn.daxiang.justice.kit.audit.Masked.Kind.REDACT;

/**
 * One service by a duty lawyer (值班律师, 法律援助法第三十条; 《法律援助值班律师工作办法》) at a legal-aid workstation of a
 * court, procuratorate, detention centre or police station, to a suspect or defendant without a defender.
 */
@Entity
@Table(name = "duty_lawyer_service")
public class DutyLawyerService extends AuditedRecord {

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "service_point_id", nullable = false)
    public UUID servicePointId;

    @Column(name = "served_on", nullable = false)
    public LocalDate servedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public DutyServiceKind kind;

    @Column(name = "suspect_name", nullable = false)
    @Masked(NAME)
    public String suspectName;

    /**
     * Free text about the suspect's case (what was advised, the charge, names): withheld whole where personal data is
     * masked, as a criminal record is (the kit's policy, {@code Disclosure#criminalRecord}), in lists, feeds and the
     * audit trail.
     */
    @Column(name = "notes")
    @Masked(REDACT)
    public String notes;
}
