package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A validation rule (校验规则), DHIS2-style: left expression, operator, right expression, e.g.
 * "in correction = the sum of the four types". Versioned like {@link Indicator}.
 */
@Entity
@Table(name = "validation_rule")
public class ValidationRule extends AuditedRecord {

    @Column(name = "code", nullable = false, length = 60)
    public String code;

    @Column(name = "left_side", nullable = false, length = 500)
    public String left;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", nullable = false, length = 30)
    public Operator operator;

    @Column(name = "right_side", nullable = false, length = 500)
    public String right;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    public Severity severity;

    @Column(name = "message", nullable = false, length = 500)
    public String message;

    @Column(name = "active", nullable = false)
    public boolean active = true;
}
