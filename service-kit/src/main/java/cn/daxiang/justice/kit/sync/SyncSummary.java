package cn.daxiang.justice.kit.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Counts of a batch's results by status. */
@Schema(description = "Counts by result / 各结果条数", requiredProperties = {"created", "updated", "unchanged", "conflict", "rejected"})
public record SyncSummary(int created, int updated, int unchanged, int conflict, int rejected) {

    static SyncSummary of(List<SyncResult> results) {
        int[] counts = new int[SyncStatus.values().length];
        results.forEach(r -> counts[r.status().ordinal()]++);
        return new SyncSummary(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
}
