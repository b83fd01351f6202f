package cn.daxiang.justice.devsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code GatewayOverheadBench GATEWAY_URL DIRECT_URL PATH CONNECTIONS SECONDS}: the same GET at a
 * fixed concurrency, first straight to the service and then through the gateway; prints one
 * Markdown table row per target (requests/s, p50, p99) and the ratio. A benchmark, not a test:
 * {@code ./platform bench} runs it against a running platform and records the figures.
 */
public final class GatewayOverheadBench {

    record Result(String target, long requests, long errors, double seconds, long[] latenciesMicros) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            return latenciesMicros[Math.min(latenciesMicros.length - 1, (int) Math.ceil(p * latenciesMicros.length) - 1)] / 1000.0;
        }
    }

    private GatewayOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: GatewayOverheadBench GATEWAY_URL DIRECT_URL PATH CONNECTIONS SECONDS");
            System.exit(2);
        }
        String path = args[2];
        int connections = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String token = DevTokens.token("bench", "district-admin", "430503000000");
        // warm both paths up before measuring
        run("warm-up", args[1] + path, token, connections, Math.max(2, seconds / 3));
        run("warm-up", args[0] + path, token, connections, Math.max(2, seconds / 3));
        Result direct = run("direct", args[1] + path, token, connections, seconds);
        Result gateway = run("gateway", args[0] + path, token, connections, seconds);
        for (Result r : List.of(direct, gateway)) {
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %.0f | %.1f | %.1f | %d |%n", path, r.target(), connections,
                    r.perSecond(), r.percentileMillis(0.50), r.percentileMillis(0.99), r.errors());
        }
        System.out.printf(Locale.ROOT, "gateway/direct throughput: %.0f%%%n", 100 * gateway.perSecond() / direct.perSecond());
    }

    static Result run(String target, String url, String token, int connections, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            workers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                long errors = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors++;
                        }
                    } catch (Exception e) {
                        errors++;
                    }
                    latencies.add((System.nanoTime() - t0) / 1000);
                }
                long[] out = new long[latencies.size() + 1];
                out[0] = errors;
                for (int j = 0; j < latencies.size(); j++) {
                    out[j + 1] = latencies.get(j);
                }
                return out;
            }));
        }
        long errors = 0;
        List<Long> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            long[] out = worker.get();
            errors += out[0];
            for (int j = 1; j < out.length; j++) {
                all.add(out[j]);
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] latencies = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(latencies);
        return new Result(target, latencies.length, errors, elapsed, latencies);
    }
}
