package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.problem.ApiException;

import java.util.UUID;

/**
 * For child records that the API only ever adds (a follow-up visit, a case review): created through
 * the API's own path, never changed. A replay of the same record is UNCHANGED; a changed one is
 * refused with the given message; a wrong one is deleted and entered again.
 */
public abstract class EnteredOnceSyncAdapter<E extends AuditedRecord, I extends SyncInput> implements SyncAdapter<E, I> {

    private final String resource;
    private final Class<E> entityType;
    private final Class<I> inputType;
    private final String unchangeable;

    protected EnteredOnceSyncAdapter(String resource, Class<E> entityType, Class<I> inputType, String unchangeable) {
        this.resource = resource;
        this.entityType = entityType;
        this.inputType = inputType;
        this.unchangeable = unchangeable;
    }

    @Override
    public String resource() {
        return resource;
    }

    @Override
    public Class<E> entityType() {
        return entityType;
    }

    @Override
    public Class<I> inputType() {
        return inputType;
    }

    @Override
    public UUID id(I input) {
        return input.id();
    }

    @Override
    public Long version(I input) {
        return input.version();
    }

    @Override
    public void update(E current, I input) {
        throw ApiException.conflict(unchangeable);
    }
}
