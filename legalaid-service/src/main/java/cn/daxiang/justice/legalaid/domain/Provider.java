package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** A legal aid provider (法律援助人员): lawyer, law firm or grassroots legal worker. */
@Entity
@Table(name = "provider")
public class Provider extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ProviderKind kind;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "firm")
    public String firm;

    @Column(name = "licence_number")
    public String licenceNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "specialties", nullable = false)
    public List<String> specialties = new ArrayList<>();

    /** May take complex cases (death penalty, life imprisonment, group litigation). */
    @Column(name = "senior", nullable = false)
    public boolean senior;
}
