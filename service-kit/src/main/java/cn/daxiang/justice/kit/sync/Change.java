package cn.daxiang.justice.kit.sync;

import java.util.UUID;

/** One change of the feed: the record as it is now, or a deletion ({@code record} null). */
public record Change(UUID id, long version, boolean deleted, Object record) {
}
