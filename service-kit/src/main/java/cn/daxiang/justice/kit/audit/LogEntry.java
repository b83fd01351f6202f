package cn.daxiang.justice.kit.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * Who acted when, in which request: the columns the service's {@code audit_log} and {@code access_log} share
 * (each keeps its own id: audit rows take theirs 50 at a time so that a batch's rows are sent together).
 */
@MappedSuperclass
public abstract class LogEntry extends PanacheEntityBase {

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "actor_org_unit")
    public String actorOrgUnit;

    @Column(name = "request_id")
    public String requestId;
}
