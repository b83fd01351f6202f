package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A point of the public legal service network (公共法律服务网络): centre, workstation or work point. */
@Entity
@Table(name = "service_point")
public class ServicePoint extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    public ServicePointLevel level;

    /** e.g. 罗市镇公共法律服务工作站. */
    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "address")
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ServicePointStatus status;

    /** When it opened; unknown for points registered without a date (counted as open since ever). */
    @Column(name = "opened_on")
    public java.time.LocalDate openedOn;

    /** When it closed; only for a closed point. */
    @Column(name = "closed_on")
    public java.time.LocalDate closedOn;
}
