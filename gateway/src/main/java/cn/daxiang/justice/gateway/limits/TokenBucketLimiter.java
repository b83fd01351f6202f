package cn.daxiang.justice.gateway.limits;

import cn.daxiang.justice.gateway.config.GatewayConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One token bucket per caller: {@code capacity} tokens at once, refilled at {@code refillPerSecond};
 * a request takes its cost ({@link RequestCost}). In memory, so each gateway instance limits on its own.
 * The buckets live in a Caffeine cache bounded to {@code maxKeys} entries (a flood of distinct callers
 * evicts the least used ones, no scan of the table on any request) that forgets a bucket once it has
 * been idle long enough to be full again, so forgetting it changes nothing.
 */
@ApplicationScoped
public class TokenBucketLimiter {

    LongSupplier clock = System::nanoTime;
    int capacity;
    double refillPerNano;
    Cache<String, Bucket> buckets;

    @Inject
    void configure(GatewayConfig config) {
        configure(config.rateLimit().capacity(), config.rateLimit().refillPerSecond(), config.rateLimit().maxKeys());
    }

    void configure(int capacity, double refillPerSecond, long maxKeys) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1e9;
        buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(Duration.ofNanos((long) Math.ceil(capacity / refillPerNano)))
                .ticker(() -> clock.getAsLong())
                // Upkeep on the calling thread: small, amortised, and no pool thread per gateway.
                .executor(Runnable::run)
                .build();
    }

    /**
     * Takes {@code cost} tokens (at most the whole bucket, so any request can pass when it is full).
     * 0 when the request may go on, otherwise the seconds to wait ({@code Retry-After}).
     */
    public long acquire(String key, int cost) {
        double needed = Math.min(Math.max(cost, 1), capacity);
        long now = clock.getAsLong();
        Bucket bucket = buckets.get(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerNano);
            bucket.updated = now;
            if (bucket.tokens >= needed) {
                bucket.tokens -= needed;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((needed - bucket.tokens) / refillPerNano / 1e9));
        }
    }

    /** How many callers' buckets are kept now (after pending evictions). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
