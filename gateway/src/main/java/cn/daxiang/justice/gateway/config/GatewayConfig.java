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

    @WithDefault("30s")
    Duration upstreamTimeout();

    @WithDefault("2s")
    Duration connectTimeout();

    @WithDefault("10485760")
    long maxBodyBytes();

    RateLimit rateLimit();

    interface RateLimit {
        @WithDefault("200")
        int capacity();

        @WithDefault("50")
        double refillPerSecond();
    }
}
