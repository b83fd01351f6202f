package cn.daxiang.justice.kit.sync;

/** The outcome of one uploaded record. */
public enum SyncStatus {
    CREATED, UPDATED, UNCHANGED, CONFLICT, REJECTED
}
