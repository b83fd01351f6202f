package cn.daxiang.justice.kit.audit;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.requestid.RequestIds;
import cn.daxiang.justice.kit.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

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

    @Inject
    CallerScope caller;

    @Inject
    Event<RecordWritten> written;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(AuditedRecord record) {
        write(CREATE, record, diff(Map.of(), record.auditSnapshot()));
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
        boolean moved = false;
        if (changes.get("orgUnit") instanceof Map<?, ?> move && move.get("from") instanceof String from && !CREATE.equals(action)) {
            entry(MOVED_OUT, record, from, Map.of("orgUnit", move)).persist();
            // a deletion leaves its unit too (to null), but goes nowhere
            moved = move.get("to") instanceof String;
        }
        written.fire(new RecordWritten(action, record, moved));
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
