package cn.daxiang.justice.evaluation.domain;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The review (审定) of one evaluation run, with the run's id: kept apart from the frozen run, whose row the run-time role
 * cannot change. The request and its decisions are the kit's approvals (kind {@code EVALUATION_RUN}); the last approval
 * locks the run ({@link ReviewState#APPROVED}), and the lock check records here what changed afterwards.
 */
@Entity
@Table(name = "run_review")
public class RunReview extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    public ReviewState state;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by", length = 200)
    public String approvedBy;

    /** What the last lock check found changed after approval (one entry per metric or record), or null before any check. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "late_changes")
    public List<Map<String, Object>> lateChanges;

    @Column(name = "checked_at")
    public Instant checkedAt;
}
