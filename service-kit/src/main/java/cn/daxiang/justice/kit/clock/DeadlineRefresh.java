package cn.daxiang.justice.kit.clock;

import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import io.quarkus.hibernate.orm.panache.Panache;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Brings the stored items up to date where writes alone cannot: the records that existed before their
 * type had rules (or before its rules changed), and the items whose due date waited for a year of
 * the calendar that an operator has since added. Runs once after each start, off the start path, in
 * chunks of {@value #CHUNK} records per transaction; a record being written meanwhile is skipped
 * (its own write recomputes it), so a refresh never overwrites a newer item with an older one.
 */
@ApplicationScoped
public class DeadlineRefresh {

    static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(DeadlineRefresh.class);

    @Inject
    Deadlines deadlines;

    @Inject
    WorkingCalendar calendar;

    @Inject
    KitConfig.Deadlines config;

    void onStart(@Observes StartupEvent event) {
        if (config.refreshAtStart() && !deadlines.types().isEmpty()) {
            StartTask.inBackground("deadline-refresh", this::run, LOG);
        }
    }

    /** Refreshes every type; returns how many records it recomputed. */
    public int run() {
        int recomputed = 0;
        for (Class<?> type : deadlines.types()) {
            recomputed += refresh(type.asSubclass(AuditedRecord.class));
        }
        return recomputed;
    }

    private int refresh(Class<? extends AuditedRecord> type) {
        String name = type.getSimpleName();
        String fingerprint = deadlines.fingerprint(type);
        DeadlineRules stored = QuarkusTransaction.requiringNew().call(() -> DeadlineRules.findById(name));
        boolean changed = stored == null || !stored.fingerprint.equals(fingerprint);
        // Inside a transaction too: after a start this runs on a plain thread, where Hibernate's
        // EntityManager is unusable without one (the refresh used to fail there at every start).
        String entity = QuarkusTransaction.requiringNew().call(
                () -> Panache.getEntityManager(type).getMetamodel().entity(type).getName());
        String which = changed ? "" : " where id in (select d.entityId from DeadlineEntry d where d.entityType = :type"
                + " and d.missingYear in :years)";
        int recomputed = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> ids(entity, which, name, from));
            if (ids.isEmpty()) {
                break;
            }
            recomputed += QuarkusTransaction.requiringNew().call(() -> recompute(type, ids));
            after = ids.get(ids.size() - 1);
        }
        if (changed) {
            QuarkusTransaction.requiringNew().run(() -> {
                DeadlineRules rules = DeadlineRules.findById(name);
                boolean first = rules == null;
                if (first) {
                    rules = new DeadlineRules();
                    rules.entityType = name;
                }
                rules.fingerprint = fingerprint;
                rules.refreshedAt = Instant.now();
                if (first) {
                    rules.persist();
                }
            });
            LOG.infof("deadline items of %s recomputed for its rules: %d records", name, recomputed);
        }
        return recomputed;
    }

    private List<UUID> ids(String entity, String which, String type, UUID after) {
        String keyset = after == null ? "" : (which.isEmpty() ? " where" : " and") + " id > :after";
        var query = Panache.getEntityManager().createQuery("select id from " + entity + which + keyset + " order by id", UUID.class)
                .setMaxResults(CHUNK);
        if (!which.isEmpty()) {
            query.setParameter("type", type).setParameter("years", new ArrayList<>(calendar.years()));
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    private int recompute(Class<? extends AuditedRecord> type, List<UUID> ids) {
        EntityManager em = Panache.getEntityManager(type);
        List<? extends AuditedRecord> records = em.createQuery("from " + em.getMetamodel().entity(type).getName()
                        + " where id in :ids", type).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .getResultList();
        records.forEach(r -> deadlines.keep(r, false, false));
        return records.size();
    }
}
