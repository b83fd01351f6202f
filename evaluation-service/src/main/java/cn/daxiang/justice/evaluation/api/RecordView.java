package cn.daxiang.justice.evaluation.api;

import java.util.UUID;

/** A view of one versioned record: its version is answered as the ETag and its id makes the Location of a create. */
public interface RecordView {

    UUID id();

    long version();
}
