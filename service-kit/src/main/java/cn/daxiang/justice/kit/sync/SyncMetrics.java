package cn.daxiang.justice.kit.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * The sync endpoints' meters (README, "Logs, traces and metrics"). Tags are the sync resource ({@code entity}, a
 * line's handful) and the outcome or result, never an org unit or a caller: a province has 2,000 townships, and a
 * series per township per meter would swamp Prometheus. Bucket bounds are fixed and few for the same reason.
 */
@ApplicationScoped
public class SyncMetrics {

    /** A batch stored (whatever its records' results), replayed for its Idempotency-Key, refused (4xx) or failed. */
    public static final String STORED = "stored";
    public static final String REPLAYED = "replayed";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    @Inject
    MeterRegistry registry;

    void batch(String entity, String outcome, long nanos, SyncSummary stored) {
        Counter.builder("platform.sync.batches").description("Sync batches uploaded, by outcome / 同步批次数")
                .tag("entity", entity).tag("outcome", outcome).register(registry).increment();
        Timer.builder("platform.sync.batch.duration").description("Time to answer a sync batch / 同步批次耗时")
                .tag("entity", entity).tag("outcome", outcome)
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30))
                .register(registry).record(Duration.ofNanos(nanos));
        if (stored == null) {
            return;
        }
        int records = stored.created() + stored.updated() + stored.unchanged() + stored.conflict() + stored.rejected();
        DistributionSummary.builder("platform.sync.batch.records").description("Records in a stored sync batch / 每批记录数")
                .tag("entity", entity).serviceLevelObjectives(1, 10, 50, 100, 250, 500, 1000)
                .register(registry).record(records);
        records(entity, "created", stored.created());
        records(entity, "updated", stored.updated());
        records(entity, "unchanged", stored.unchanged());
        records(entity, "conflict", stored.conflict());
        records(entity, "rejected", stored.rejected());
    }

    private void records(String entity, String result, int count) {
        Counter.builder("platform.sync.records").description("Records of stored sync batches, by result / 同步记录数")
                .tag("entity", entity).tag("result", result).register(registry).increment(count);
    }

    /**
     * Feed lag: how long the oldest change on a page waited between its commit (the audit row's time, by the database's
     * clock) and being served. Empty pages (a caught-up mirror) are not recorded, so it shows how far behind the
     * mirrors that are catching up are, not how many are idle.
     */
    void feedLag(String entity, double seconds) {
        Timer.builder("platform.sync.feed.lag").description("Age of the oldest change on a served feed page / 增量变更滞后")
                .tag("entity", entity)
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
                        Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1))
                .register(registry).record(Duration.ofMillis(Math.max(0, Math.round(seconds * 1000))));
    }
}
