package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.kit.sync.SyncInput;

import java.util.UUID;

/** A record of a subject's file as uploaded: the API's input plus the subject it belongs to (in the API, the path). */
public interface SubjectPartSyncInput<A> extends SyncInput {

    UUID subjectId();

    A toApiInput();
}
