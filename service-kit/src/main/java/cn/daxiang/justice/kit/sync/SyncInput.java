package cn.daxiang.justice.kit.sync;

import java.util.UUID;

/** A record as sync carries it: the client's id and the version it is based on (null when new). */
public interface SyncInput {

    UUID id();

    Long version();

    /**
     * The org unit the record belongs to. An input without one (a child record, whose org unit is
     * its parent's) leaves it to its adapter ({@link SyncAdapters.Builder#orgUnit}).
     */
    default String orgUnit() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " names no org unit: its sync adapter must");
    }
}
