package cn.daxiang.justice.evaluation.api;

import java.util.UUID;

/** What every record's input carries: an optional client id, the owning org unit and, for an update, the base version. */
public interface RecordInput {

    UUID id();

    String orgUnit();

    Long version();
}
