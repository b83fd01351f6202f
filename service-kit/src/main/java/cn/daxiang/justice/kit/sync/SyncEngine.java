package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.domain.Records;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies an uploaded batch record by record, so one bad record is rejected alone. Each record goes
 * through the resource's own create/update path; the engine adds the protocol: upsert by id,
 * version check under a row lock, replay detection, tombstones, scope.
 * <p>
 * The mechanics: the engine first judges what it can without the database (shape, id, bean
 * validation), then applies the remaining records in one transaction, with one query for the batch's
 * tombstones and one for the ids that exist, inserts sent in JDBC batches at one flush. The engine's
 * own refusals (tombstone, scope, stale version) are answers, not failures, and stay in that
 * transaction. What the resource's own path or the database refuses (an {@code ApiException}, a
 * constraint) rolls the whole transaction back, because Hibernate's session cannot be trusted after a
 * failed flush (and marks the transaction rollback-only): the records before the failing one are
 * applied again in a transaction of their own, the failing one alone in its own transaction as
 * before (its answer exactly as ever), the rest again in one. A failure whose record is not known
 * (at the flush) splits the range in halves. Savepoints per record would cost two round trips per
 * record on the path that succeeds, and would not survive Hibernate's rollback-only mark.
 */
@ApplicationScoped
public class SyncEngine {

    public static final int MAX_RECORDS = 1000;

    /**
     * Failed batch attempts after which the rest of an upload goes record by record: a batch full of
     * records the resource refuses costs at most this many repeats.
     */
    static final int MAX_BATCH_FAILURES = 8;

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
        List<Parsed<I>> parsed = new ArrayList<>(records.size());
        SyncResult[] results = new SyncResult[records.size()];
        for (int i = 0; i < records.size(); i++) {
            Object judged = parse(adapter, records.get(i));
            if (judged instanceof SyncResult rejected) {
                results[i] = rejected;
            } else {
                @SuppressWarnings("unchecked")
                Parsed<I> ready = (Parsed<I>) judged;
                parsed.add(ready.at(i));
            }
        }
        new Ingest<>(adapter, parsed, results).range(0, parsed.size());
        List<SyncResult> answer = List.of(results);
        return new SyncBatchResponse(answer, SyncSummary.of(answer));
    }

    /** A record that passed the checks made without the database; {@code index} is its place in the upload. */
    record Parsed<I>(int index, UUID id, boolean deleted, Long version, I input) {
        Parsed<I> at(int i) {
            return new Parsed<>(i, id, deleted, version, input);
        }
    }

    /** What one batch transaction read up front: the batch's tombstones and the ids that exist. */
    record Known(Map<UUID, Tombstones.Tombstone> tombstones, Set<UUID> existing, Set<UUID> seen) {
    }

    /** A batch attempt that failed while applying the record at {@code position}. */
    static final class BatchFailed extends RuntimeException {
        final int position;

        BatchFailed(int position, RuntimeException cause) {
            super(null, cause, false, false);
            this.position = position;
        }
    }

    /** One upload's parsed records, applied in batch transactions and split around failures. */
    private final class Ingest<E extends AuditedRecord, I> {
        final SyncAdapter<E, I> adapter;
        final List<Parsed<I>> parsed;
        final SyncResult[] results;
        int failures;

        Ingest(SyncAdapter<E, I> adapter, List<Parsed<I>> parsed, SyncResult[] results) {
            this.adapter = adapter;
            this.parsed = parsed;
            this.results = results;
        }

        void range(int from, int to) {
            while (from < to) {
                if (to - from == 1 || failures >= MAX_BATCH_FAILURES) {
                    for (int i = from; i < to; i++) {
                        single(parsed.get(i));
                    }
                    return;
                }
                int failed = batch(from, to);
                if (failed == to) {
                    return;
                }
                if (failed < 0) {
                    int middle = (from + to) >>> 1;
                    range(from, middle);
                    range(middle, to);
                    return;
                }
                range(from, failed);
                single(parsed.get(failed));
                from = failed + 1;
            }
        }

        /** {@code to} when the range is stored; else where it failed (-1: not known, at the flush), nothing stored. */
        int batch(int from, int to) {
            List<Parsed<I>> slice = parsed.subList(from, to);
            SyncResult[] answers = new SyncResult[slice.size()];
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Known known = known(adapter, slice);
                    for (int i = 0; i < slice.size(); i++) {
                        Parsed<I> p = slice.get(i);
                        try {
                            answers[i] = apply(adapter, p.id(), p.deleted(), p.version(), p.input(), known);
                        } catch (RuntimeException e) {
                            throw new BatchFailed(from + i, e);
                        }
                    }
                    em.flush();
                });
            } catch (BatchFailed e) {
                failures++;
                return e.position;
            } catch (RuntimeException e) {
                failures++;
                return -1;
            }
            for (int i = 0; i < answers.length; i++) {
                results[slice.get(i).index()] = answers[i];
            }
            return to;
        }

        void single(Parsed<I> p) {
            results[p.index()] = one(adapter, p);
        }
    }

    /** One query for the batch's tombstones, one for the ids that exist (those are then locked one by one). */
    private <E extends AuditedRecord, I> Known known(SyncAdapter<E, I> adapter, List<Parsed<I>> slice) {
        Set<UUID> ids = new HashSet<>();
        for (Parsed<I> p : slice) {
            ids.add(p.id());
        }
        Set<UUID> existing = new HashSet<>(em.createQuery(
                        "select e.id from " + adapter.entityType().getName() + " e where e.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
        return new Known(tombstones.findAll(adapter.entityType(), ids), existing, new HashSet<>());
    }

    /** The checks that need no database: a rejection ({@link SyncResult}) or the record, parsed ({@link Parsed}). */
    private <E extends AuditedRecord, I> Object parse(SyncAdapter<E, I> adapter, JsonNode node) {
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
        return new Parsed<>(-1, id, deleted, version, input);
    }

    /** One record in a transaction of its own (as every record was before batches). */
    private <E extends AuditedRecord, I> SyncResult one(SyncAdapter<E, I> adapter, Parsed<I> p) {
        UUID id = p.id();
        // Two first uploads of one new record can race to insert it; the loser retries and then
        // finds the record (UNCHANGED or CONFLICT), so no upload fails for the race alone.
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> apply(adapter, id, p.deleted(), p.version(), p.input(), null));
            } catch (ApiException e) {
                return SyncResult.rejected(id, e.errors() != null ? e.errors() : List.of(new FieldError("record", e.getMessage())));
            } catch (RuntimeException e) {
                String state = ProblemHandler.sqlState(e);
                if (attempt < 2 && "23505".equals(state)) {
                    continue;
                }
                if ("23503".equals(state) && p.deleted()) {
                    return SyncResult.rejected(id, "id", DependantRecords.message(e));
                }
                if (state != null) {
                    return SyncResult.rejected(id, "record", "记录不符合存储约束");
                }
                throw e;
            }
        }
    }

    /**
     * One record within the current transaction. With {@code known} (a batch), the tombstone and
     * whether the record exists come from the batch's queries, unless an earlier record of the batch
     * had the same id; writes wait for the batch's flush.
     */
    private <E extends AuditedRecord, I> SyncResult apply(SyncAdapter<E, I> adapter, UUID id, boolean deleted, Long version, I input,
                                                          Known known) {
        boolean first = known != null && known.seen().add(id);
        if (known != null && !first) {
            // the same id again: what the earlier record did must be in the database before looking
            em.flush();
        }
        Optional<Tombstones.Tombstone> tombstone = first ? Optional.ofNullable(known.tombstones().get(id))
                : tombstones.find(adapter.entityType(), id);
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
        // a new record has no row to lock: the insert itself stops a concurrent one (23505, retried alone)
        boolean knownNew = first && !known.existing().contains(id);
        E current = knownNew ? null : em.find(adapter.entityType(), id, LockModeType.PESSIMISTIC_WRITE);
        if (current == null) {
            if (deleted) {
                // the answer for a record held by another office: a clerk cannot tell the two apart
                return outOfScope(id);
            }
            if (!caller.covers(adapter.orgUnit(input))) {
                return SyncResult.rejected(id, "orgUnit", "机构不在您的管辖范围内");
            }
            E created = knownNew ? Records.createKnownNew(id, () -> adapter.create(input)) : adapter.create(input);
            flushAlone(known);
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
            flushAlone(known);
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
        flushAlone(known);
        return new SyncResult(id, SyncStatus.UPDATED, current.version, null, null, null);
    }

    /** Alone, a record's constraint failure must surface in its own try; in a batch the batch's flush finds it. */
    private void flushAlone(Known known) {
        if (known == null) {
            em.flush();
        }
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
