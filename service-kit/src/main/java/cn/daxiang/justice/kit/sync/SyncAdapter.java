package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.personal.Disclosure;

import java.util.List;
import java.util.UUID;

/**
 * Connects one resource to the sync protocol. {@link #create} and {@link #update} must be the very
 * code paths the resource's own API uses (validation, scope, audit), so a record is judged the
 * same way however it arrives.
 *
 * @param <E> the entity
 * @param <I> the resource's input, as its API accepts it
 */
public interface SyncAdapter<E extends AuditedRecord, I> {

    /** The resource's name in {@code /sync/{resource}}, e.g. {@code investigations}. */
    String resource();

    Class<E> entityType();

    Class<I> inputType();

    UUID id(I input);

    /** The version the client based the record on; null for a new record. */
    Long version(I input);

    String orgUnit(I input);

    /** Creates the record as the API's POST does, within the current transaction. */
    E create(I input);

    /** Applies the input to the locked, version-checked record as the API's PUT does. */
    void update(E current, I input);

    /**
     * The record as the API shows it, with personal data as {@code disclosure} allows. The kit
     * passes the policy's bulk disclosure: sync answers, their replays and the change feed carry
     * many records at once.
     */
    Object view(E entity, Disclosure disclosure);

    /**
     * The views of many records at once (a feed page), in their order: what each needs from elsewhere read in one query,
     * where the adapter says how ({@code SyncAdapters.Builder#views}); one by one otherwise.
     */
    default List<Object> views(List<E> entities, Disclosure disclosure) {
        return entities.stream().map(e -> view(e, disclosure)).toList();
    }

    /** Whether the input would leave the record as it is (a replayed upload). */
    boolean sameContent(E current, I input);

    /**
     * Takes, before the engine locks the record itself, the locks that the API's own path takes
     * first (typically the parent record), so that sync and API lock in one order and cannot
     * deadlock. Nothing by default.
     */
    default void lockFirst(I input) {
    }

    /**
     * Called on the locked, version-checked record just before it becomes a tombstone: refuses the
     * deletion ({@code ApiException}) or removes the parts that belong to the record alone (its
     * history, its attendance list). Records that depend on it in their own right are not removed
     * here: their foreign key refuses the deletion, with the message in {@link DependantRecords}.
     */
    default void beforeDelete(E current) {
    }
}
