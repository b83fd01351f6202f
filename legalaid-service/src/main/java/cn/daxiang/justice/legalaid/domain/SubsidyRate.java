package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A case subsidy rate (办案补贴标准) for cases closed in one year, of one category and complexity (null: the general
 * rate, for ordinary cases and for complex ones without a rate of their own). 法律援助法第五十二条: the standard is set by
 * the provincial justice department with the finance department; the district enters it as data, naming the document.
 */
@Entity
@Table(name = "subsidy_rate")
public class SubsidyRate extends AuditedRecord {

    @Column(name = "year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    public CaseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "complexity")
    public CaseComplexity complexity;

    @Column(name = "amount", nullable = false)
    public BigDecimal amount;

    /** The document that set the standard, e.g. 湘司发〔2021〕12号. */
    @Column(name = "document", nullable = false)
    public String document;

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        snapshot.put("amount", amount == null ? null : amount.toPlainString());
    }
}
