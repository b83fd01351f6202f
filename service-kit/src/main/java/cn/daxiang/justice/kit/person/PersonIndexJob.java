package cn.daxiang.justice.kit.person;

import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.LockOptions;
import cn.daxiang.justice.kit.task.StartTask;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Brings the blind index up to date where writes alone cannot, after each start, off the start path, in transactions of
 * {@code platform.persons.batch-size} records (so it may stop at any point and resume at the next start):
 * <ol>
 *   <li><b>Back-fill</b>: a record type not yet indexed (its records were written before the index existed, or before
 *   the line declared it) is read through once in id order and marked done in {@code person_index_source}.</li>
 *   <li><b>Re-hash</b> after a key rotation: the records whose rows carry another key than the current one are indexed
 *   again from their source record (the index holds no number to re-hash), until none is left. Searches meanwhile
 *   look up a number under every configured key, so they find rows of either key; remove the old key from the
 *   configuration only once this has run (the log says when).</li>
 * </ol>
 * A start-up task rather than an admin endpoint: a rotation is a configuration change that takes a restart of every
 * service anyway, and each service must re-hash its own schema; a request would hold a connection for the whole run and
 * could be sent to one replica of several. Records being written meanwhile are skipped (locked): their write indexes
 * them with the current key itself.
 */
@ApplicationScoped
public class PersonIndexJob {

    private static final Logger LOG = Logger.getLogger(PersonIndexJob.class);

    @Inject
    PersonIndex index;

    @Inject
    PersonKeys keys;

    @Inject
    KitConfig.Persons config;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        if (config.reindexAtStart() && !index.sources().isEmpty()) {
            StartTask.inBackground("person-index", this::run, LOG);
        }
    }

    /** Back-fills, then re-hashes; returns how many records it indexed. */
    public int run() {
        return backfill() + rehash();
    }

    /** Indexes every record of each type not yet marked back-filled. */
    public int backfill() {
        int indexed = 0;
        for (PersonSource<?> source : index.sources()) {
            boolean done = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM person_index_source WHERE record_type = :t", Long.class)
                    .setParameter("t", source.recordType()).getSingleResult()).longValue() > 0);
            if (done) {
                continue;
            }
            String entity = QuarkusTransaction.requiringNew().call(() -> em.getMetamodel().entity(source.type()).getName());
            UUID after = null;
            int count = 0;
            while (true) {
                UUID from = after;
                List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
                    var query = em.createQuery("select id from " + entity + (from == null ? "" : " where id > :after") + " order by id", UUID.class)
                            .setMaxResults(config.batchSize());
                    if (from != null) {
                        query.setParameter("after", from);
                    }
                    return query.getResultList();
                });
                if (ids.isEmpty()) {
                    break;
                }
                count += QuarkusTransaction.requiringNew().call(() -> reindex(source, ids));
                after = ids.get(ids.size() - 1);
            }
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "INSERT INTO person_index_source (record_type, backfilled_at) VALUES (:t, :at) ON CONFLICT DO NOTHING")
                    .setParameter("t", source.recordType()).setParameter("at", Instant.now()).executeUpdate());
            LOG.infof("person index back-filled for %s: %d records", source.recordType(), count);
            indexed += count;
        }
        return indexed;
    }

    /** Re-indexes, from their source records, the records whose rows were hashed with another key than the current one. */
    public int rehash() {
        String current = keys.currentKeyId();
        int indexed = 0;
        for (PersonSource<?> source : index.sources()) {
            int count = 0;
            UUID after = new UUID(0, 0);
            while (true) {
                UUID from = after;
                // the records (owners) of rows of another key, in id order from where the last batch ended
                List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                                "select distinct coalesce(p.parentId, p.recordId) from PersonIndexEntry p"
                                        + " where coalesce(p.parentType, p.recordType) = :type and p.keyId is not null and p.keyId <> :current"
                                        + " and coalesce(p.parentId, p.recordId) > :after order by 1", UUID.class)
                        .setParameter("type", source.recordType()).setParameter("current", current).setParameter("after", from)
                        .setMaxResults(config.batchSize()).getResultList());
                if (ids.isEmpty()) {
                    break;
                }
                count += QuarkusTransaction.requiringNew().call(() -> reindex(source, ids));
                after = ids.get(ids.size() - 1);
            }
            if (count > 0) {
                LOG.infof("person index re-hashed with key %s for %s: %d records", current, source.recordType(), count);
            }
            indexed += count;
        }
        long left = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(p) from PersonIndexEntry p where p.keyId is not null and p.keyId <> :current", Long.class)
                .setParameter("current", current).getSingleResult());
        if (left == 0) {
            LOG.infof("person index: every hash is of key %s; earlier keys may leave the configuration", current);
        } else {
            LOG.warnf("person index: %d rows still carry an earlier key (records locked meanwhile); the next start re-hashes them", left);
        }
        return indexed;
    }

    private int reindex(PersonSource<?> source, List<UUID> ids) {
        List<? extends AuditedRecord> records = em.createQuery("from " + em.getMetamodel().entity(source.type()).getName()
                        + " where id in :ids", source.type()).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .getResultList();
        records.forEach(r -> index.reindex(source, r));
        return records.size();
    }
}
