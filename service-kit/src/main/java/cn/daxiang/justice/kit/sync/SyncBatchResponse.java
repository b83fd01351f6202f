package cn.daxiang.justice.kit.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer to {@code POST /api/v1/{line}/sync/{resource}}. */
@Schema(description = "Sync upload answer / 同步上传结果", requiredProperties = {"results", "summary"})
public record SyncBatchResponse(List<SyncResult> results, SyncSummary summary) {
}
