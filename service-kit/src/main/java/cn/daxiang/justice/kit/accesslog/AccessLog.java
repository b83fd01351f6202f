package cn.daxiang.justice.kit.accesslog;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.requestid.RequestIds;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service's access log: one row per answer that held personal records (who, which record ids,
 * when, which request and operation), and its paged query for the district admin. What a service
 * exposes is a thin resource over {@link #page}; the rows are written by {@link AccessLogFilter}.
 */
@ApplicationScoped
public class AccessLog {

    public static final String SUMMARY = "Who read which personal records / 个人信息访问记录";
    public static final String DESCRIPTION = "One row per answer that held personal records (a single record, a person's file, "
            + "a list page, a change-feed page): the reader's token subject, roles and org unit, the request id, the "
            + "operation and path, and the ids of the records read with the ids of the person records they belong to. "
            + "Never the data itself. Newest first; nobody can change or delete a row.";

    @Inject
    SecurityIdentity identity;

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    /** Writes one row in a transaction of its own, so it stays even if the caller's work rolls back. */
    public void record(String method, String path, String operation, Collection<UUID> recordIds) {
        record(method, path, operation, recordIds, List.of());
    }

    /** As {@link #record(String, String, String, Collection)}, for a search for persons by {@code search} (kinds, not values). */
    public void record(String method, String path, String operation, Collection<UUID> recordIds, Collection<String> search) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.occurredAt = Instant.now();
        entry.actor = caller.subject();
        entry.actorRoles = identity.getRoles().stream().sorted().toArray(String[]::new);
        entry.actorOrgUnit = caller.orgUnitOrNull();
        entry.requestId = RequestIds.current();
        entry.httpMethod = method;
        entry.path = path;
        entry.operation = operation;
        entry.recordIds = recordIds.toArray(UUID[]::new);
        entry.search = search.isEmpty() ? null : search.stream().sorted().toArray(String[]::new);
        QuarkusTransaction.requiringNew().run(entry::persist);
    }

    /** The rows matching the filters, newest first, in the kit's list envelope. */
    public PageResult<AccessLogView> page(AccessLogQuery filter, PageRequest page) {
        if (filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)) {
            throw ApiException.invalid("to", "截止时间须晚于起始时间");
        }
        Sort sort = page.toSort(Map.of("occurredAt", "occurredAt"), Sort.descending("occurredAt"));
        String order = sort.getColumns().get(0).getDirection() == Sort.Direction.Ascending ? "ASC" : "DESC";
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.recordId != null) {
            // @> (not = ANY) so that the GIN index on record_ids serves it
            conditions.add("record_ids @> ARRAY[CAST(:recordId AS uuid)]");
            parameters.put("recordId", filter.recordId.toString());
        }
        if (filter.user != null && !filter.user.isBlank()) {
            conditions.add("actor = :user");
            parameters.put("user", filter.user);
        }
        if (filter.from != null) {
            conditions.add("occurred_at >= :from");
            parameters.put("from", filter.from);
        }
        if (filter.to != null) {
            conditions.add("occurred_at < :to");
            parameters.put("to", filter.to);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Query rows = em.createNativeQuery("SELECT * FROM access_log" + where
                        + " ORDER BY occurred_at " + order + ", id " + order + " LIMIT :limit OFFSET :offset", AccessLogEntry.class)
                .setParameter("limit", page.size)
                .setParameter("offset", page.offset());
        Query count = em.createNativeQuery("SELECT count(*) FROM access_log" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<AccessLogEntry> entries = rows.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageResult<>(entries.stream().map(AccessLogView::of).toList(), page.page, page.size, total);
    }
}
