package cn.daxiang.justice.corrections.domain;

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

/** A remote video visit (远程视频会见) with a person held in a prison or other institution. */
@Entity
@Table(name = "remote_visit")
public class RemoteVisit extends AuditedRecord {

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(name = "institution", nullable = false)
    public String institution;

    @Column(name = "inmate_name", nullable = false)
    @Masked(NAME)
    public String inmateName;

    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_kind", nullable = false)
    public VisitorKind visitorKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "visitor_name")
    @Masked(NAME)
    public String visitorName;

    @Column(name = "visitor_relation")
    public String visitorRelation;
}
