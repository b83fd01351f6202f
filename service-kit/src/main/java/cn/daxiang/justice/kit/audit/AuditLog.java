package cn.daxiang.justice.kit.audit;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.requestid.RequestIds;
import cn.daxiang.justice.kit.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Type;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records every write in the transaction that makes it, so a write without its audit row cannot
 * commit. The database role of the service may insert audit rows but never change or delete them.
 */
@ApplicationScoped
public class AuditLog {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    /** A record that moved to another org unit because the record it belongs to moved. */
    public static final String MOVE = "MOVE";
    /**
     * The second row of any change that moves a record to another org unit, written under the old
     * unit: its change feed learns that the record left its scope (a removal), never what it became.
     */
    public static final String MOVED_OUT = "MOVED_OUT";

    /** Audit rows per insert of {@link #createdAll}: 1000 bound values, far below PostgreSQL's limit. */
    static final int ROWS_PER_INSERT = 100;

    /** The columns an audit row is written with, as the entity names them (the database sets id and xid). */
    private static final List<Map.Entry<String, Function<AuditEntry, Object>>> COLUMNS = List.of(
            Map.entry("occurredAt", e -> e.occurredAt), Map.entry("actor", e -> e.actor), Map.entry("actorOrgUnit", e -> e.actorOrgUnit),
            Map.entry("action", e -> e.action), Map.entry("entityType", e -> e.entityType), Map.entry("entityId", e -> e.entityId),
            Map.entry("entityVersion", e -> e.entityVersion), Map.entry("orgUnit", e -> e.orgUnit), Map.entry("changes", e -> e.changes),
            Map.entry("requestId", e -> e.requestId));

    @Inject
    CallerScope caller;

    @Inject
    Event<RecordWritten> written;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(AuditedRecord record) {
        write(CREATE, record, diff(Map.of(), record.auditSnapshot()));
    }

    /**
     * The creation of many records at once, already persisted (their ids and versions set), as
     * {@link #created} writes it for each, in their order: the same rows, but sent in multi-row inserts
     * of up to {@value #ROWS_PER_INSERT} (an audit row's IDENTITY id keeps Hibernate from batching them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createdAll(List<? extends AuditedRecord> records) {
        List<AuditEntry> entries = records.stream().map(r -> entry(CREATE, r, r.orgUnit, diff(Map.of(), r.auditSnapshot()))).toList();
        for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            insert(entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT)));
        }
        records.forEach(r -> written.fire(new RecordWritten(CREATE, r)));
    }

    /** One insert of many rows, in HQL so that every value is bound as the entity maps it (the changes as JSON). */
    private static void insert(List<AuditEntry> entries) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < entries.size(); i++) {
            StringJoiner row = new StringJoiner(", ", "(", ")");
            for (Map.Entry<String, Function<AuditEntry, Object>> column : COLUMNS) {
                row.add(":" + column.getKey() + i);
            }
            rows.add(row.toString());
        }
        EntityManager em = AuditEntry.getEntityManager();
        EntityType<AuditEntry> entity = em.getMetamodel().entity(AuditEntry.class);
        org.hibernate.query.Query<?> insert = em.createQuery("insert into AuditEntry ("
                + COLUMNS.stream().map(Map.Entry::getKey).collect(Collectors.joining(", ")) + ") values " + rows)
                .unwrap(org.hibernate.query.Query.class);
        for (Map.Entry<String, Function<AuditEntry, Object>> column : COLUMNS) {
            // typed as the attribute (the changes as JSON, not as a serialized Map)
            @SuppressWarnings("unchecked")
            Type<Object> type = (Type<Object>) entity.getSingularAttribute(column.getKey()).getType();
            for (int i = 0; i < entries.size(); i++) {
                insert.setParameter(column.getKey() + i, column.getValue().apply(entries.get(i)), type);
            }
        }
        insert.executeUpdate();
    }

    /** An update or a named action ({@code RELEASE}, {@code ASSIGN}...), with the fields it changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String action, Map<String, Object> before, AuditedRecord record) {
        write(action, record, diff(before, record.auditSnapshot()));
    }

    /** Runs an update as one audited change: snapshot, {@code change}, next version, the UPDATE row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R extends AuditedRecord> R update(R record, Consumer<? super R> change) {
        return change(UPDATE, record, change);
    }

    /** Runs a named action ({@code RELEASE}, {@code ASSIGN}...) as one audited change, like {@link #update}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R extends AuditedRecord> R change(String action, R record, Consumer<? super R> change) {
        Map<String, Object> before = record.auditSnapshot();
        change.accept(record);
        record.nextVersion();
        changed(action, before, record);
        return record;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(AuditedRecord record) {
        write(DELETE, record, diff(record.auditSnapshot(), Map.of()));
    }

    private void write(String action, AuditedRecord record, Map<String, Object> changes) {
        entry(action, record, record.orgUnit, changes).persist();
        if (changes.get("orgUnit") instanceof Map<?, ?> move && move.get("from") instanceof String from && !CREATE.equals(action)) {
            entry(MOVED_OUT, record, from, Map.of("orgUnit", move)).persist();
        }
        written.fire(new RecordWritten(action, record));
    }

    private AuditEntry entry(String action, AuditedRecord record, String orgUnit, Map<String, Object> changes) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now();
        entry.actor = caller.subject();
        entry.actorOrgUnit = caller.orgUnitOrNull();
        entry.action = action;
        entry.entityType = record.getClass().getSimpleName();
        entry.entityId = String.valueOf(record.id);
        entry.entityVersion = record.version;
        entry.orgUnit = orgUnit;
        entry.changes = changes;
        entry.requestId = RequestIds.current();
        return entry;
    }

    /** Only the fields whose value changed, each as {@code {"from", "to"}}. */
    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object from = before.get(field);
            Object to = after.get(field);
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", from == null ? null : String.valueOf(from));
                change.put("to", to == null ? null : String.valueOf(to));
                changes.put(field, change);
            }
        }
        return changes;
    }
}
