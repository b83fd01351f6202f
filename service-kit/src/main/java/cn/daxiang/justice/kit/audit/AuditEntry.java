package cn.daxiang.justice.kit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;

/** One write, as kept in the service's own {@code audit_log} table (insert-only for the service). */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends LogEntry {

    /**
     * From the identity's sequence, 50 at a time (kit migration V4): the rows of a sync batch go to the
     * database in JDBC batches instead of one round trip each. The change feed orders by (xid, id); within
     * one transaction the ids still grow in write order, and a late commit is caught by xid, not by id.
     */
    @Id
    @SequenceGenerator(name = "audit_log_ids", sequenceName = "audit_log_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_ids")
    public Long id;

    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    /** The record's version after this write (at deletion: the version deleted). */
    @Column(name = "entity_version")
    public Long entityVersion;

    @Column(name = "org_unit")
    public String orgUnit;

    /** Field name → {@code {"from": ..., "to": ...}}, personal data masked. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changes", nullable = false)
    public Map<String, Object> changes;
}
