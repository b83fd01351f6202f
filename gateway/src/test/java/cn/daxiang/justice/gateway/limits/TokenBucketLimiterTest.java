package cn.daxiang.justice.gateway.limits;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketLimiterTest {

    static final long SECOND = 1_000_000_000L;

    final AtomicLong now = new AtomicLong(1_000 * SECOND);

    TokenBucketLimiter limiter(int capacity, double refillPerSecond, long maxKeys) {
        TokenBucketLimiter limiter = new TokenBucketLimiter();
        limiter.clock = now::get;
        limiter.configure(capacity, refillPerSecond, maxKeys);
        return limiter;
    }

    @Test
    void anExpensiveRequestTakesItsCostAndWaitsForItsCostToRefill() {
        TokenBucketLimiter limiter = limiter(20, 5, 100);
        assertEquals(0, limiter.acquire("feed", 10));
        assertEquals(0, limiter.acquire("feed", 10));
        assertEquals(2, limiter.acquire("feed", 10), "10 tokens at 5 a second");
        assertEquals(1, limiter.acquire("feed", 1));
        for (int i = 0; i < 20; i++) {
            assertEquals(0, limiter.acquire("reads", 1), "cheap request " + i);
        }
        now.addAndGet(2 * SECOND);
        assertEquals(0, limiter.acquire("feed", 10));
    }

    @Test
    void aRequestCostlierThanTheBucketStillPassesWhenTheBucketIsFull() {
        TokenBucketLimiter limiter = limiter(20, 5, 100);
        assertEquals(0, limiter.acquire("huge", 500));
        assertEquals(4, limiter.acquire("huge", 500), "charged as the whole bucket");
    }

    @Test
    void theKeyTableStaysBoundedUnderManyDistinctSubjects() {
        TokenBucketLimiter limiter = limiter(20, 5, 1_000);
        for (int i = 0; i < 50_000; i++) {
            limiter.acquire("subject:" + i, 1);
        }
        assertTrue(limiter.size() <= 1_000, "kept " + limiter.size());
    }

    @Test
    void idleBucketsAreForgottenOnceTheyWouldBeFullAgain() {
        TokenBucketLimiter limiter = limiter(20, 5, 1_000);
        for (int i = 0; i < 500; i++) {
            limiter.acquire("subject:" + i, 20);
        }
        assertEquals(500, limiter.size());
        assertEquals(4, limiter.acquire("subject:1", 20), "the bucket is kept while it is not full");
        now.addAndGet(5 * SECOND);
        assertEquals(0, limiter.size(), "20 tokens at 5 a second: full after 4 s, so forgotten");
        assertEquals(0, limiter.acquire("subject:1", 20), "and a forgotten bucket is a full one");
    }
}
