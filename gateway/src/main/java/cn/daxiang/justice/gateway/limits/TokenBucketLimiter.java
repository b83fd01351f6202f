package cn.daxiang.justice.gateway.limits;

import cn.daxiang.justice.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per caller: {@code capacity} requests at once, refilled at
 * {@code refillPerSecond}. In memory, so each gateway instance limits on its own.
 */
@ApplicationScoped
public class TokenBucketLimiter {

    /** Buckets idle this long are full again and can be forgotten. */
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    LongSupplier clock = System::nanoTime;
    int capacity;
    double refillPerNano;

    @Inject
    void configure(GatewayConfig config) {
        capacity = config.rateLimit().capacity();
        refillPerNano = config.rateLimit().refillPerSecond() / 1e9;
    }

    /** 0 when the request may go on, otherwise the seconds to wait ({@code Retry-After}). */
    public long acquire(String key) {
        long now = clock.getAsLong();
        if (buckets.size() > 100_000) {
            buckets.values().removeIf(b -> now - b.updated > IDLE_NANOS);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / refillPerNano / 1e9));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
