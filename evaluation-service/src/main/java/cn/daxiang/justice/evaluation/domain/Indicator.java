package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An indicator definition (评价指标), DHIS2-style: numerator × factor ÷ denominator, both sides
 * expressions over metric names and {@code target:} references. A count the report quotes is an
 * indicator with denominator {@code 1} and factor 1. The row holds the current version; every
 * version ever written is kept in {@link DefinitionVersion}, and a run records which one it used.
 * A definition applies to its org unit and every unit below it.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AuditedRecord {

    @Column(name = "code", nullable = false, length = 60)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(name = "numerator", nullable = false, length = 500)
    public String numerator;

    @Column(name = "denominator", nullable = false, length = 500)
    public String denominator;

    @Column(name = "factor", nullable = false, precision = 14, scale = 4)
    public BigDecimal factor;

    @Column(name = "decimals", nullable = false)
    public int decimals;

    @Column(name = "unit", nullable = false, length = 20)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 20)
    public Direction direction;

    /** [{"grade": "优秀", "bound": "95"}], bounds as plain strings so they stay exact. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "grades", nullable = false)
    public List<Map<String, Object>> grades = new ArrayList<>();

    @Column(name = "weight", precision = 9, scale = 4)
    public BigDecimal weight;

    @Column(name = "active", nullable = false)
    public boolean active = true;

    @Column(name = "description", length = 1000)
    public String description;

}
