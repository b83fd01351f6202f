package cn.daxiang.justice.kit.domain;

import cn.daxiang.justice.kit.audit.AuditSnapshot;
import cn.daxiang.justice.kit.audit.NotAudited;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * What every record has: a UUID that a client may supply (offline township offices create
 * records), its org unit, a version that starts at 1 and grows by one per change, and the audit
 * columns. The version is checked under a row lock by {@link Versioning}, not by JPA's
 * {@code @Version}, because JPA would start it at 0 and treat a client-supplied id with a version
 * as a detached entity.
 */
@MappedSuperclass
public abstract class AuditedRecord extends PanacheEntityBase {

    @Id
    @NotAudited
    public UUID id;

    @Column(name = "org_unit", nullable = false, length = 12)
    public String orgUnit;

    @NotAudited
    @Column(name = "version", nullable = false)
    public long version;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NotAudited
    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    public String createdBy;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @NotAudited
    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    /**
     * The record's fields as the audit log shows them, personal data already masked: every persistent
     * field but the ones the audit row carries itself (see {@link AuditSnapshot}).
     */
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = AuditSnapshot.of(this);
        addToAuditSnapshot(snapshot);
        return snapshot;
    }

    /** Adds or reshapes what the fields alone do not show well (parts kept in other rows, say); nothing by default. */
    protected void addToAuditSnapshot(Map<String, Object> snapshot) {
    }

    /**
     * Marks one more change; call it once per accepted write. It stamps the audit columns at once,
     * so an answer built before the flush already shows who changed the record and when.
     */
    public void nextVersion() {
        version++;
        updatedAt = now();
        updatedBy = currentActor();
    }

    /** PostgreSQL keeps microseconds: stamping at that precision makes an answer equal a later read. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        if (version < 1) {
            version = 1;
        }
        createdAt = now();
        updatedAt = createdAt;
        createdBy = currentActor();
        updatedBy = createdBy;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
        updatedBy = currentActor();
    }

    static String currentActor() {
        var container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
            if (identity != null && !identity.isAnonymous()) {
                return identity.getPrincipal().getName();
            }
        }
        return "system";
    }
}
