package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The change feed, read from the audit log. A change is handed out only once every transaction
 * that could still commit an earlier-numbered change has ended: rows are taken in (xid, id) order
 * and only below {@code pg_snapshot_xmin(pg_current_snapshot())}. An id or timestamp cursor alone
 * would skip a transaction that took its number early and committed late. A page that is not full
 * ends at that horizon, so a scope with nothing new still moves its cursor up to the log's head.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,20})-(\\d{1,19})");

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    Tombstones tombstones;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    SyncMetrics metrics;

    /** The digits of a township's code (OrgUnitCode): the scope part of audit_log_feed_township_idx. */
    static final int TOWNSHIP_DIGITS = 9;

    record Position(String xid, long id) implements Comparable<Position> {
        String cursor() {
            return xid + "-" + id;
        }

        @Override
        public int compareTo(Position other) {
            int byXid = new BigInteger(xid).compareTo(new BigInteger(other.xid));
            return byXid != 0 ? byXid : Long.compare(id, other.id);
        }
    }

    static Position parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new Position("0", 0);
        }
        Matcher m = CURSOR.matcher(cursor.trim());
        if (!m.matches() || new BigInteger(m.group(1)).bitLength() > 64) {
            throw ApiException.invalid("since", "游标格式无效，请使用上一页返回的 nextCursor");
        }
        return new Position(m.group(1), Long.parseLong(m.group(2)));
    }

    /**
     * The feed statement: the horizon (xmin of this statement's snapshot) and up to ?5 rows of entity
     * type ?1 in scope ?2 after the cursor (?3, ?4) below it; one row with null columns when there are
     * none; each row also says how old it is (seconds since its audit row's time, for the feed-lag meter). A caller at township level or below also names its township (?6): then
     * audit_log_feed_township_idx starts at the cursor, and a quiet township's poll is one index probe
     * whatever the other townships write. A wider caller walks audit_log_feed_idx, where most rows are
     * its own.
     */
    static String statement(boolean township) {
        return """
                WITH horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
                SELECT CAST(h.xmin AS text), CAST(a.xid AS text), a.id, a.entity_id,
                       CAST(extract(epoch FROM clock_timestamp() - a.occurred_at) AS float8)
                FROM horizon h
                LEFT JOIN LATERAL (
                    SELECT a.xid, a.id, a.entity_id, a.occurred_at
                    FROM audit_log a
                    WHERE a.entity_type = ?1%s
                      AND a.org_unit LIKE ?2
                      AND a.xid < h.xmin
                      AND (a.xid, a.id) > (CAST(?3 AS xid8), ?4)
                    ORDER BY a.xid, a.id
                    LIMIT ?5) a ON true
                ORDER BY a.xid, a.id
                """.formatted(township ? "\n          AND substr(a.org_unit, 1, " + TOWNSHIP_DIGITS + ") = ?6" : "");
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public <E extends AuditedRecord> ChangePage page(SyncAdapter<E, ?> adapter, String since, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.invalid("limit", "limit 须在 1 到 " + MAX_LIMIT + " 之间");
        }
        Position from = parse(since);
        String scope = OrgUnitCode.prefix(caller.orgUnit());
        boolean township = scope.length() >= TOWNSHIP_DIGITS;
        var query = em.createNativeQuery(statement(township))
                .setParameter(1, adapter.entityType().getSimpleName())
                .setParameter(2, caller.likePattern())
                .setParameter(3, from.xid())
                .setParameter(4, from.id())
                .setParameter(5, size);
        if (township) {
            query.setParameter(6, scope.substring(0, TOWNSHIP_DIGITS));
        }
        List<Object[]> found = query.getResultList();
        Position horizon = new Position((String) found.get(0)[0], 0);
        List<Object[]> rows = found.stream().filter(r -> r[2] != null).toList();
        // A page that is not full holds every change of the scope below the horizon, and every
        // transaction below it has ended: the next page starts at the horizon (no id is 0), so a quiet
        // scope's cursor keeps up with the log and no late commit (xid >= horizon) is skipped.
        Position next = rows.size() < size ? max(from, horizon) : from;
        if (rows.isEmpty()) {
            return new ChangePage(List.of(), next.cursor());
        }
        metrics.feedLag(adapter.resource(), rows.stream().mapToDouble(r -> ((Number) r[4]).doubleValue()).max().orElse(0));
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(UUID.fromString((String) r[3])));
        Map<UUID, E> current = Panache.getEntityManager().createQuery(
                        "from " + adapter.entityType().getName() + " where id in :ids", adapter.entityType())
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<UUID, Tombstones.Tombstone> buried = tombstones.findAll(adapter.entityType(), ids);
        // a feed page is a bulk export: the policy's bulk disclosure, never the single-record one
        Disclosure disclosure = personalData.bulk();
        // the views of the page's visible records at once (one query per page for what they need from elsewhere)
        List<E> visible = ids.stream().map(current::get).filter(e -> e != null && caller.covers(e.orgUnit)).toList();
        List<Object> shown = adapter.views(visible, disclosure);
        Map<UUID, Object> views = new HashMap<>();
        for (int i = 0; i < visible.size(); i++) {
            views.put(visible.get(i).id, shown.get(i));
        }
        List<Change> changes = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = UUID.fromString((String) row[3]);
            E entity = current.get(id);
            if (entity != null && caller.covers(entity.orgUnit)) {
                changes.add(new Change(id, entity.version, false, views.get(id)));
            } else if (entity != null) {
                // moved out of the caller's scope: for this mirror it is gone
                changes.add(new Change(id, entity.version, true, null));
            } else {
                Tombstones.Tombstone t = buried.get(id);
                changes.add(new Change(id, t == null ? 0 : t.version(), true, null));
            }
        }
        Object[] last = rows.get(rows.size() - 1);
        return new ChangePage(changes, max(next, new Position((String) last[1], ((Number) last[2]).longValue())).cursor());
    }

    private static Position max(Position a, Position b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
