package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.input.ControlCharacterException;
import cn.daxiang.justice.kit.input.ControlCharacters;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.problem.ProblemHandler;
import cn.daxiang.justice.kit.problem.ProblemType;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.Roles;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies an uploaded batch record by record, each in its own transaction, so one bad record is
 * rejected alone. Each record goes through the resource's own create/update path; the engine adds
 * the protocol: upsert by id, version check under a row lock, replay detection, tombstones, scope.
 */
@ApplicationScoped
public class SyncEngine {

    public static final int MAX_RECORDS = 1000;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    CallerScope caller;

    @Inject
    Tombstones tombstones;

    @Inject
    EntityManager em;

    @Inject
    PersonalDataPolicy personalData;

    public <E extends AuditedRecord, I> SyncBatchResponse upload(SyncAdapter<E, I> adapter, List<JsonNode> records) {
        if (caller.hasRole(Roles.PROVINCIAL_READER) && !caller.hasRole(Roles.DISTRICT_ADMIN)) {
            throw ApiException.forbidden("只读角色不能上传数据");
        }
        List<SyncResult> results = new ArrayList<>(records.size());
        for (JsonNode record : records) {
            results.add(one(adapter, record));
        }
        return new SyncBatchResponse(results, SyncSummary.of(results));
    }

    private <E extends AuditedRecord, I> SyncResult one(SyncAdapter<E, I> adapter, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return SyncResult.rejected(null, "record", "每条记录须是JSON对象");
        }
        ObjectNode copy = object.deepCopy();
        JsonNode deletedNode = copy.remove("deleted");
        UUID id;
        try {
            id = UUID.fromString(copy.path("id").asText(""));
        } catch (IllegalArgumentException e) {
            return SyncResult.rejected(null, "id", "同步记录须带客户端生成的UUID");
        }
        if (deletedNode != null && !deletedNode.isBoolean()) {
            return SyncResult.rejected(id, "deleted", "deleted 须是布尔值");
        }
        boolean deleted = deletedNode != null && deletedNode.booleanValue();
        I input = null;
        if (!deleted) {
            try {
                input = mapper.treeToValue(copy, adapter.inputType());
            } catch (ControlCharacterException e) {
                return SyncResult.rejected(id, ControlCharacters.printable(ProblemHandler.pathOf(e, "record")), ControlCharacters.MESSAGE);
            } catch (JsonMappingException e) {
                return SyncResult.rejected(id, ProblemHandler.pathOf(e, "record"), "字段缺失、类型不正确或未知");
            } catch (Exception e) {
                return SyncResult.rejected(id, "record", "记录无法解析");
            }
            List<FieldError> violations = validator.validate(input).stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            if (!violations.isEmpty()) {
                return SyncResult.rejected(id, violations);
            }
        }
        Long version = deleted ? (copy.hasNonNull("version") && copy.get("version").canConvertToLong() ? copy.get("version").asLong() : null)
                : adapter.version(input);
        I finalInput = input;
        // Two first uploads of one new record can race to insert it; the loser retries and then
        // finds the record (UNCHANGED or CONFLICT), so no upload fails for the race alone.
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> apply(adapter, id, deleted, version, finalInput));
            } catch (ApiException e) {
                return SyncResult.rejected(id, e.errors() != null ? e.errors() : List.of(new FieldError("record", e.getMessage())));
            } catch (RuntimeException e) {
                String state = ProblemHandler.sqlState(e);
                if (attempt < 2 && "23505".equals(state)) {
                    continue;
                }
                if ("23503".equals(state) && deleted) {
                    return SyncResult.rejected(id, "id", DependantRecords.message(e));
                }
                if (state != null) {
                    return SyncResult.rejected(id, "record", "记录不符合存储约束");
                }
                throw e;
            }
        }
    }

    private <E extends AuditedRecord, I> SyncResult apply(SyncAdapter<E, I> adapter, UUID id, boolean deleted, Long version, I input) {
        Optional<Tombstones.Tombstone> tombstone = tombstones.find(adapter.entityType(), id);
        if (tombstone.isPresent()) {
            Tombstones.Tombstone t = tombstone.get();
            if (!caller.covers(t.orgUnit())) {
                return outOfScope(id);
            }
            return deleted ? new SyncResult(id, SyncStatus.UNCHANGED, t.version(), true, null, null)
                    : new SyncResult(id, SyncStatus.CONFLICT, t.version(), true, null, null);
        }
        if (!deleted) {
            adapter.lockFirst(input);
        }
        E current = em.find(adapter.entityType(), id, LockModeType.PESSIMISTIC_WRITE);
        if (current == null) {
            if (deleted) {
                // the answer for a record held by another office: a clerk cannot tell the two apart
                return outOfScope(id);
            }
            if (!caller.covers(adapter.orgUnit(input))) {
                return SyncResult.rejected(id, "orgUnit", "机构不在您的管辖范围内");
            }
            E created = adapter.create(input);
            em.flush();
            return new SyncResult(id, SyncStatus.CREATED, created.version, null, null, null);
        }
        if (!caller.covers(current.orgUnit)) {
            return outOfScope(id);
        }
        if (deleted) {
            if (version == null || version != current.version) {
                return conflict(adapter, current);
            }
            long last = current.version;
            adapter.beforeDelete(current);
            tombstones.bury(current);
            // Inside the try: a record still referenced is refused here, with its dependants named.
            em.flush();
            return new SyncResult(id, SyncStatus.UPDATED, last, true, null, null);
        }
        if (adapter.sameContent(current, input)) {
            return new SyncResult(id, SyncStatus.UNCHANGED, current.version, null, null, null);
        }
        if (version == null || version != current.version) {
            return conflict(adapter, current);
        }
        if (!caller.covers(adapter.orgUnit(input))) {
            return SyncResult.rejected(id, "orgUnit", "不能把记录移出您的管辖范围");
        }
        adapter.update(current, input);
        em.flush();
        return new SyncResult(id, SyncStatus.UPDATED, current.version, null, null, null);
    }

    private static SyncResult outOfScope(UUID id) {
        // The same answer whether or not the record exists elsewhere: nothing is revealed.
        return SyncResult.rejected(id, "id", "记录不存在或不在您的管辖范围内");
    }

    private <E extends AuditedRecord> SyncResult conflict(SyncAdapter<E, ?> adapter, E current) {
        return new SyncResult(current.id, SyncStatus.CONFLICT, current.version, null, null,
                adapter.view(current, personalData.bulk()));
    }

    /**
     * A stored answer made whole again for a replay: the server's records of its conflicts are read
     * now and shown as the policy allows today, since the stored answer keeps none (personal data
     * is never kept in clear beside an idempotency key). A record deleted since then, or moved out
     * of the caller's scope, is left out.
     */
    @Transactional
    public <E extends AuditedRecord> SyncBatchResponse refresh(SyncAdapter<E, ?> adapter, SyncBatchResponse stored) {
        List<UUID> conflicts = stored.results().stream()
                .filter(r -> r.status() == SyncStatus.CONFLICT && !Boolean.TRUE.equals(r.deleted()))
                .map(SyncResult::id).toList();
        // one query for the whole batch, not one per conflict
        Map<UUID, E> current = conflicts.isEmpty() ? Map.of() : em.createQuery(
                        "from " + adapter.entityType().getName() + " where id in :ids", adapter.entityType())
                .setParameter("ids", conflicts).getResultStream()
                .filter(e -> caller.covers(e.orgUnit))
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        Disclosure disclosure = personalData.bulk();
        List<SyncResult> results = stored.results().stream()
                .map(r -> r.status() != SyncStatus.CONFLICT || !current.containsKey(r.id()) ? r
                        : new SyncResult(r.id(), r.status(), r.version(), r.deleted(), r.errors(),
                        adapter.view(current.get(r.id()), disclosure)))
                .toList();
        return new SyncBatchResponse(results, stored.summary());
    }

    /** 413 for a batch over the limit, so a client splits it rather than losing records. */
    static void checkSize(int size) {
        if (size > MAX_RECORDS) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "每批最多 " + MAX_RECORDS + " 条记录，本批 " + size + " 条");
        }
    }
}
