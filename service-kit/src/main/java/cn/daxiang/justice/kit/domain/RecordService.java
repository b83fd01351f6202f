package cn.daxiang.justice.kit.domain;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.sync.SyncInput;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The write sequence a plain record shares in every line: scope, the kind's checks, "id exists →
 * 409", version check, audit row, and the view. {@link #createEntity} and {@link #applyUpdate} are
 * the one create and update path, used by the API and by sync alike.
 */
public abstract class RecordService<E extends AuditedRecord, I extends SyncInput, V> {

    @Inject
    protected CallerScope caller;

    @Inject
    protected AuditLog audit;

    @Inject
    protected PersonalDataPolicy personalData;

    /** The statutory items a view shows ({@code deadlines.of(entity)}). */
    @Inject
    protected Deadlines deadlines;

    private final Class<E> type;
    private final String what;
    private final Supplier<E> factory;

    /** @param what the record's name in messages, e.g. 远程视频会见 */
    protected RecordService(Class<E> type, String what, Supplier<E> factory) {
        this.type = type;
        this.what = what;
        this.factory = factory;
    }

    /** Checks of the input (400), after the scope check and before the id is looked at. */
    protected void check(I input) {
    }

    /** Checks an update against the current record, after {@link #check}. */
    protected void checkUpdate(E current, I input) {
    }

    /** Checks against the other records (409), after "id exists"; {@code self} is null on create. */
    protected void requireUnique(I input, UUID self) {
    }

    /** After every create and update, e.g. to keep a copy of the version. */
    protected void written(E entity) {
    }

    /** Whether the caller sees a record of this org unit; a record it does not see is a 404. */
    protected boolean visible(String orgUnit) {
        return caller.covers(orgUnit);
    }

    /** Copies an input onto the entity (also sync's candidate for "same content"). */
    public abstract void apply(I input, E entity);

    /** The record as the API shows it to a caller reading one record. */
    public abstract V view(E entity);

    @Transactional
    public V create(I input) {
        return view(createEntity(input));
    }

    @Transactional
    public E createEntity(I input) {
        caller.requireWritable(input.orgUnit());
        check(input);
        Records.requireNew(type, input.id());
        requireUnique(input, null);
        E entity = factory.get();
        entity.id = input.id();
        apply(input, entity);
        entity.persist();
        audit.created(entity);
        written(entity);
        return entity;
    }

    @Transactional
    public V update(UUID id, String ifMatch, I input) {
        E entity = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(entity, Versioning.expected(ifMatch, input.version()));
        applyUpdate(entity, input);
        return view(entity);
    }

    /** The update path on a record the caller has locked and version-checked. */
    @Transactional
    public void applyUpdate(E entity, I input) {
        caller.requireWritable(entity.orgUnit);
        caller.requireWritable(input.orgUnit());
        check(input);
        checkUpdate(entity, input);
        requireUnique(input, entity.id);
        audit.update(entity, e -> apply(input, e));
        written(entity);
    }

    /** The record an action (a transition) works on: locked, at the version the caller read, and writable by it. */
    public E loadForAction(UUID id, String ifMatch, Long bodyVersion) {
        E entity = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(entity, Versioning.expected(ifMatch, bodyVersion));
        caller.requireWritable(entity.orgUnit);
        return entity;
    }

    public V get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    /** The record if the caller sees it; 404 alike for a missing one and one outside the caller's scope. */
    public E load(UUID id, LockModeType lock) {
        E entity = Panache.getEntityManager(type).find(type, id, lock);
        if (entity == null || !visible(entity.orgUnit)) {
            throw ApiException.notFound(what, id);
        }
        return entity;
    }
}
