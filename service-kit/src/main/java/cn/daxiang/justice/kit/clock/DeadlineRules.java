package cn.daxiang.justice.kit.clock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The rules a record type's items were last computed by. */
@Entity
@Table(name = "deadline_rules")
public class DeadlineRules extends PanacheEntityBase {

    @Id
    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "fingerprint", nullable = false)
    public String fingerprint;

    @Column(name = "refreshed_at", nullable = false)
    public Instant refreshedAt;
}
