package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Map;

/** The reward (以奖代补) per archived dossier of one complexity grade, for dossiers archived in one year. */
@Entity
@Table(name = "reward_rate")
public class RewardRate extends AuditedRecord {

    @Column(name = "year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "complexity_grade", nullable = false)
    public ComplexityGrade complexityGrade;

    @Column(name = "amount", nullable = false)
    public BigDecimal amount;

    @Override
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
        // the amount keeps its scale, as audited from the start
        snapshot.put("amount", amount == null ? null : amount.toPlainString());
    }
}
