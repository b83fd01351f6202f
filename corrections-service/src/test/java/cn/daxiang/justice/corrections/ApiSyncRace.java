package cn.daxiang.justice.corrections;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Updates of one record through the API and through sync at the same moment, round after round. */
public final class ApiSyncRace {

    private ApiSyncRace() {
    }

    /**
     * Round n sends both an update based on version n (from 1): the API's answers its HTTP status, sync's
     * its record status. Each round exactly one wins and the other is told its version is stale; a
     * deadlock would surface as a 500 or a timeout.
     */
    public static void run(int rounds, LongFunction<Integer> api, LongFunction<String> sync) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long base = round + 1;
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Integer> byApi = pool.submit(() -> {
                    start.await();
                    return api.apply(base);
                });
                Future<String> bySync = pool.submit(() -> {
                    start.await();
                    return sync.apply(base);
                });
                int apiStatus = byApi.get(30, TimeUnit.SECONDS);
                String syncStatus = bySync.get(30, TimeUnit.SECONDS);
                boolean apiWon = apiStatus == 200 && "CONFLICT".equals(syncStatus);
                boolean syncWon = apiStatus == 412 && "UPDATED".equals(syncStatus);
                assertTrue(apiWon || syncWon, "round " + round + ": API " + apiStatus + ", sync " + syncStatus);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
