package cn.daxiang.justice.kit.sync;

import java.util.List;

/** The answer to {@code POST /api/v1/{line}/sync/{resource}}. */
public record SyncBatchResponse(List<SyncResult> results, SyncSummary summary) {
}
