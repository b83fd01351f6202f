package cn.daxiang.justice.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The score of a MANUAL scorecard leaf (人工评分) for one org unit and period, with its written reason. */
@Entity
@Table(name = "scorecard_score")
public class ScorecardScore extends PeriodRecord {

    @Column(name = "scorecard_code", nullable = false, length = 60)
    public String scorecard;

    @Column(name = "item_key", nullable = false, length = 40)
    public String item;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    public BigDecimal score;

    @Column(name = "reason", nullable = false, length = 1000)
    public String reason;
}
