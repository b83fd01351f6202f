package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Deleted records: the row goes, a tombstone stays for the feed and against stale resurrection. */
@ApplicationScoped
public class Tombstones {

    public record Tombstone(UUID id, String orgUnit, long version) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CallerScope caller;

    /** Deletes the record, leaving its tombstone and an audit row, in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bury(AuditedRecord record) {
        em.remove(record);
        em.createNativeQuery("INSERT INTO tombstone (entity_type, entity_id, org_unit, version, created_by) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, record.getClass().getSimpleName())
                .setParameter(2, record.id)
                .setParameter(3, record.orgUnit)
                .setParameter(4, record.version)
                .setParameter(5, caller.subject())
                .executeUpdate();
        // after the removal: what the deletion recomputes (another record's statutory items) must not see it
        audit.deleted(record);
    }

    public Optional<Tombstone> find(Class<? extends AuditedRecord> type, UUID id) {
        return findAll(type, List.of(id)).values().stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, Tombstone> findAll(Class<? extends AuditedRecord> type, Collection<UUID> ids) {
        Map<UUID, Tombstone> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT entity_id, org_unit, version FROM tombstone WHERE entity_type = ?1 AND entity_id = ANY(?2)")
                .setParameter(1, type.getSimpleName())
                .setParameter(2, ids.toArray(UUID[]::new))
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            found.put(id, new Tombstone(id, (String) row[1], ((Number) row[2]).longValue()));
        }
        return found;
    }
}
