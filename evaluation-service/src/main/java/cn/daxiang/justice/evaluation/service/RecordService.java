package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.RecordInput;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.runtime.JpaOperations;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The write sequence every evaluation record shares (targets, manual figures, indicators, rules):
 * scope checks, "id exists → 409", the kind's own checks, version check, audit row, and the view.
 * A kind supplies its entity, mapping and checks; the entity statics Panache generates are reached
 * through {@link JpaOperations}, which is what they call themselves.
 */
public abstract class RecordService<E extends AuditedRecord, I extends RecordInput, V> {

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    private final Class<E> type;
    private final String what;
    private final Supplier<E> create;
    private final BiConsumer<I, E> apply;
    final Function<E, V> view;

    /**
     * @param what the record's name in messages, e.g. 任务指标
     * @param apply copies an input onto the entity
     */
    protected RecordService(Class<E> type, String what, Supplier<E> create, BiConsumer<I, E> apply, Function<E, V> view) {
        this.type = type;
        this.what = what;
        this.create = create;
        this.apply = apply;
        this.view = view;
    }

    /** Checks of the input alone (400), before the id is looked at. */
    protected void check(I input) {
    }

    /** Checks against the other records (409); {@code self} is null on create. */
    protected void requireUnique(I input, UUID self) {
    }

    /** Checks an update against the current version (e.g. a code that cannot change). */
    protected void checkChange(E current, I input) {
    }

    /** After every write, e.g. to keep a copy of the version. */
    protected void written(E entity) {
    }

    /** Whether the caller sees a record of this org unit. */
    protected boolean visible(String orgUnit) {
        return caller.covers(orgUnit);
    }

    @Transactional
    public V create(I input) {
        caller.requireWritable(input.orgUnit());
        check(input);
        Records.requireNew(type, input.id());
        requireUnique(input, null);
        E entity = create.get();
        entity.id = input.id();
        apply.accept(input, entity);
        entity.persist();
        audit.created(entity);
        written(entity);
        return view.apply(entity);
    }

    @Transactional
    public V update(UUID id, String ifMatch, I input) {
        E entity = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(entity, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(entity.orgUnit);
        caller.requireWritable(input.orgUnit());
        checkChange(entity, input);
        check(input);
        requireUnique(input, id);
        audit.update(entity, e -> apply.accept(input, e));
        // @PreUpdate sets updatedAt/updatedBy at flush: flush so that the answer shows them
        Panache.flush();
        written(entity);
        return view.apply(entity);
    }

    public V get(UUID id) {
        return view.apply(load(id, LockModeType.NONE));
    }

    protected E load(UUID id, LockModeType lock) {
        E entity = type.cast(JpaOperations.INSTANCE.findById(type, id, lock));
        if (entity == null || !visible(entity.orgUnit)) {
            throw ApiException.notFound(what, id);
        }
        return entity;
    }

    @SuppressWarnings("unchecked")
    protected PanacheQuery<E> find(String where, Sort sort, Map<String, Object> parameters) {
        return (PanacheQuery<E>) JpaOperations.INSTANCE.find(type, where, sort, parameters);
    }

    protected long count(String where, Object... parameters) {
        return JpaOperations.INSTANCE.count(type, where, parameters);
    }
}
