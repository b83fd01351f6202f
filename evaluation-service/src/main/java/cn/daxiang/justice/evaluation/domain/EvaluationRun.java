package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.audit.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;
import java.util.UUID;

/**
 * A frozen evaluation run (评价快照): metric values with their sources, indicator values, rule
 * results and the definition versions used, for one org unit and period. Never changed after it is
 * written (the run-time database role cannot update or delete it); re-running makes a new run.
 */
@Entity
@Table(name = "evaluation_run")
public class EvaluationRun extends PeriodRecord {

    /** Set when the run was asked for a calendar year. */
    @Column(name = "year")
    public Integer year;

    /** Set when the run was asked for a quarter of {@link #year}. */
    @Column(name = "quarter")
    public Integer quarter;

    /** Set when the run was asked for a month of {@link #year}. */
    @Column(name = "month")
    public Integer month;

    /** The run this one was made with ({@code includeChildren}), if any. */
    @Column(name = "parent_run_id", updatable = false)
    public UUID parentRunId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    public RunStatus status;

    /** {metrics, indicators, rules, lines, warnings} as the API shows them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "snapshot", nullable = false, updatable = false)
    // the run's figures, frozen whole: the audit trail names the run, not its results
    @NotAudited
    public Map<String, Object> snapshot;
}
