package cn.daxiang.justice.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Routes, timeouts and limits of the gateway ({@code gateway.*} in application.properties). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Upstream base URL per work line, keyed by the line's path segment ({@code /api/v1/{line}}). */
    Map<String, URI> upstream();

    /**
     * Further path segments served by one of the {@link #upstream()} services, e.g. {@code persons=evaluation}
     * ({@code /api/v1/persons/**}, issue 22). Kept apart from the upstreams so that the merged contract and the
     * readiness check still see each service once.
     */
    Map<String, String> alias();

    @WithDefault("30s")
    Duration upstreamTimeout();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("22020096")
    long maxBodyBytes();

    RateLimit rateLimit();

    /** One token bucket per caller; a request takes {@link Cost its cost} in tokens. */
    interface RateLimit {
        @WithDefault("200")
        int capacity();

        @WithDefault("50")
        double refillPerSecond();

        /** At most this many callers' buckets are kept (least used ones go first, and idle ones expire). */
        @WithDefault("100000")
        long maxKeys();

        Cost cost();
    }

    /**
     * What a request costs in tokens, after the work it causes upstream. Anything not named here
     * costs {@link #request()}; a costlier request can never cost more than the bucket holds.
     */
    interface Cost {
        /** Any request: a single record, a page of 20 rows. */
        @WithDefault("1")
        int request();

        /** {@code POST /api/v1/evaluation/runs}: collects and freezes every indicator of an org unit. */
        @WithDefault("3")
        int evaluationRun();

        /** The same with {@code includeChildren}: one more run for every direct child org unit. */
        @WithDefault("15")
        int evaluationRunWithChildren();

        /** {@code GET /api/v1/evaluation/runs/{id}/report}. */
        @WithDefault("5")
        int report();

        /** {@code GET /api/v1/evaluation/runs/{id}/export}: the whole run as a file. */
        @WithDefault("10")
        int export();

        /**
         * Rows per token of a read with {@code limit} or {@code size} (the sync change feeds, lists):
         * a page costs {@code ceil(rows / rowsPerToken)}, at least {@link #request()}; 1000 rows cost 10.
         */
        @WithDefault("100")
        int rowsPerToken();
    }
}
