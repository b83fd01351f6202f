package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * The budget and expenditure (预算与支出) of one year, org unit and fund: basic expenditure, or one project's funds
 * (法律援助办案补贴, 人民调解“以奖代补”, 社区矫正经费, …) with the project's output target and what was achieved. Amounts in
 * yuan to the fen: the initial budget (年初预算), the adjusted one (调整后预算) and what was spent (实际支出).
 */
@Entity
@Table(name = "spending")
public class Spending extends AuditedRecord {

    @Column(name = "year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "fund", nullable = false, length = 10)
    public Fund fund;

    /** The platform's short code of the project (part of metric names: {@code spending.project.<code>.spent}). */
    @Column(name = "project_code", length = 40)
    public String projectCode;

    @Column(name = "project_name", length = 100)
    public String projectName;

    @Column(name = "budgeted", nullable = false, precision = 14, scale = 2)
    public BigDecimal budgeted;

    @Column(name = "adjusted", nullable = false, precision = 14, scale = 2)
    public BigDecimal adjusted;

    @Column(name = "spent", nullable = false, precision = 14, scale = 2)
    public BigDecimal spent;

    @Column(name = "output_target", precision = 14, scale = 2)
    public BigDecimal outputTarget;

    @Column(name = "output_achieved", precision = 14, scale = 2)
    public BigDecimal outputAchieved;

    @Column(name = "output_unit", length = 10)
    public String outputUnit;

    @Column(name = "note", length = 500)
    public String note;
}
