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
 * An indicator system with points (评分体系) for a 部门整体支出绩效评价: dimensions (一级指标 决策、过程、产出、效益) and
 * sub-dimensions with points summing to 100, each leaf scored by a {@link ScoringMethod}. The tree is one document
 * ({@code items}); versioned like {@link Indicator} (every version in {@link DefinitionVersion}, kind SCORECARD), and a
 * run freezes the version it used. It applies to its org unit and every unit below it.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard extends AuditedRecord {

    @Column(name = "code", nullable = false, length = 60)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "description", length = 1000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    public ScorecardStatus status = ScorecardStatus.DRAFT;

    /** The tree of {@code ScorecardItemInput}s, numbers as plain strings so they stay exact. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "items", nullable = false)
    public List<Map<String, Object>> items = new ArrayList<>();

    @Column(name = "total_points", nullable = false, precision = 6, scale = 2)
    public BigDecimal totalPoints;
}
