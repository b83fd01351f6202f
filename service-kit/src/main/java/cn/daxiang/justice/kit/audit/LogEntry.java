package cn.daxiang.justice.kit.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** Who acted when, in which request: the columns the service's {@code audit_log} and {@code access_log} share. */
@MappedSuperclass
public abstract class LogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "actor_org_unit")
    public String actorOrgUnit;

    @Column(name = "request_id")
    public String requestId;
}
