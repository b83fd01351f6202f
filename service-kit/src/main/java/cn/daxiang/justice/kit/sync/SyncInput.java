package cn.daxiang.justice.kit.sync;

import java.util.UUID;

/** A record as sync carries it: the client's id and the version it is based on (null when new). */
public interface SyncInput {

    UUID id();

    Long version();
}
