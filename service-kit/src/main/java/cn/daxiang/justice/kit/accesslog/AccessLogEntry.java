package cn.daxiang.justice.kit.accesslog;

import cn.daxiang.justice.kit.audit.LogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One read of personal records, as kept in the service's {@code access_log} (insert and select only). */
@Entity
@Table(name = "access_log")
public class AccessLogEntry extends LogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "actor_roles", nullable = false)
    public String[] actorRoles;

    @Column(name = "http_method", nullable = false)
    public String httpMethod;

    @Column(name = "path", nullable = false)
    public String path;

    @Column(name = "operation", nullable = false)
    public String operation;

    @Column(name = "record_ids", nullable = false)
    public UUID[] recordIds;

    /** What a search for persons searched by ({@code name}, {@code idNumber}); null for a read that was no search. */
    @Column(name = "search")
    public String[] search;
}
