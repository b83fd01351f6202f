package cn.daxiang.justice.kit.person;

import cn.daxiang.justice.kit.audit.RecordWritten;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The service's blind index of persons ({@code person_index}, kit migration V10): kept in step with the records the line
 * declares in its {@link PersonCatalog}, in the writing transaction, for every write the audit log records (a creation,
 * an update or action, a move to another org unit, a deletion), once for every record type. A record's rows are
 * replaced as a whole on each write (its own row and those of its child rows), so a renamed party, a removed party or a
 * record moved to another unit leaves nothing stale. No ID number is stored, only its keyed hash ({@link PersonKeys}).
 */
@ApplicationScoped
public class PersonIndex {

    @Inject
    Instance<PersonCatalog> catalogs;

    @Inject
    PersonKeys keys;

    @Inject
    EntityManager em;

    private Map<Class<?>, PersonSource<?>> byClass;
    private Map<String, PersonSource<?>> byType;

    @PostConstruct
    void init() {
        byClass = new LinkedHashMap<>();
        byType = new LinkedHashMap<>();
        for (PersonCatalog catalog : catalogs) {
            for (PersonSource<?> source : catalog.sources()) {
                if (byType.put(source.recordType(), source) != null || byClass.put(source.type(), source) != null) {
                    throw new IllegalStateException("person source " + source.recordType() + " is declared twice");
                }
            }
        }
    }

    /** The record types the line indexes. */
    public Collection<PersonSource<?>> sources() {
        return byType.values();
    }

    public Optional<PersonSource<?>> source(String recordType) {
        return Optional.ofNullable(byType.get(recordType));
    }

    /** Every row with this hash, in any org unit: callers apply their scope and masking. */
    public List<IndexedPerson> byHash(String hash) {
        return em.createQuery("from PersonIndexEntry where idHash = :hash order by recordType, recordId", PersonIndexEntry.class)
                .setParameter("hash", hash).getResultStream().map(PersonIndexEntry::view).toList();
    }

    /** Every row of this ID number, under any configured key (a re-hash may be under way); unscoped as {@link #byHash}. */
    public List<IndexedPerson> byIdNumber(String idNumber) {
        List<String> hashes = keys.keyIds().stream().map(k -> keys.hash(k, idNumber)).toList();
        return em.createQuery("from PersonIndexEntry where idHash in :hashes order by recordType, recordId", PersonIndexEntry.class)
                .setParameter("hashes", hashes).getResultStream().map(PersonIndexEntry::view).toList();
    }

    /** The rows a record keeps (its own and its child rows'). */
    public List<IndexedPerson> ofRecord(String recordType, UUID recordId) {
        return em.createQuery("from PersonIndexEntry where (recordType = :type and recordId = :id) or (parentType = :type and parentId = :id)"
                        + " order by recordType, recordId", PersonIndexEntry.class)
                .setParameter("type", recordType).setParameter("id", recordId).getResultStream().map(PersonIndexEntry::view).toList();
    }

    void onRecordWritten(@Observes RecordWritten written) {
        PersonSource<?> source = byClass.get(Hibernate.getClass(written.record()));
        if (source != null) {
            keep(source, written.record(), !written.isCreation(), written.isDeletion());
        }
    }

    /** Puts {@code record}'s persons in the index as they are now (none when it is deleted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reindex(PersonSource<?> source, AuditedRecord record) {
        keep(source, record, true, false);
    }

    private void keep(PersonSource<?> source, AuditedRecord record, boolean replace, boolean deleted) {
        if (replace) {
            // a bulk delete flushes only pending rows of this table first, not the sync batch's other inserts
            em.createQuery("delete from PersonIndexEntry where (recordType = :type and recordId = :id) or (parentType = :type and parentId = :id)")
                    .setParameter("type", source.recordType()).setParameter("id", record.id).executeUpdate();
        }
        if (deleted) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String keyId = keys.currentKeyId();
        List<PersonIndexEntry> rows = new ArrayList<>();
        for (PersonSource.Person p : source.persons(Hibernate.unproxy(record, AuditedRecord.class))) {
            PersonIndexEntry e = new PersonIndexEntry();
            e.id = UUID.randomUUID();
            e.recordType = p.recordType();
            e.recordId = p.recordId();
            boolean child = !p.recordType().equals(source.recordType()) || !p.recordId().equals(record.id);
            e.parentType = child ? source.recordType() : null;
            e.parentId = child ? record.id : null;
            e.orgUnit = record.orgUnit;
            e.role = p.role();
            e.name = NameKeys.normalize(p.name());
            e.nameKeys = NameKeys.stored(e.name);
            e.idHash = keys.hash(keyId, p.idNumber());
            e.keyId = e.idHash == null ? null : keyId;
            e.updatedAt = now;
            rows.add(e);
        }
        rows.forEach(em::persist);
    }
}
