package cn.daxiang.justice.devsupport;

import cn.daxiang.justice.devsupport.testing.OrgUnits;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code SyncIngestBench GATEWAY_URL DIRECT_URL JDBC_URL CLIENTS BATCHES_PER_CLIENT}: township offices
 * uploading legal-aid consultations through the sync API, CLIENTS at once (each a clerk of its own
 * township), first through the gateway and then straight to the service: BATCHES_PER_CLIENT batches
 * of 500 each, then the same number of records in batches of 50 (a township's daily upload); then
 * the same number of rows of the same shape copied into the same table with PostgreSQL {@code COPY},
 * the limit the API is measured against. Prints Markdown table rows and the ratios. A benchmark, not
 * a test: {@code ./platform bench} runs it on a platform and database of its own.
 */
public final class SyncIngestBench {

    private static final System.Logger LOG = System.getLogger(SyncIngestBench.class.getName());

    static final int BATCH = 500;
    static final int DAILY_BATCH = 50;
    static final String PATH = "/api/v1/legal-aid/sync/consultations";
    static final List<String> TOWNSHIPS = OrgUnits.TOWNSHIPS.subList(0, 8);
    static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");
    static final Pattern SUMMARY = Pattern.compile("\"summary\"\\s*:\\s*\\{[^}]*\\}");

    record Result(String target, int batchSize, long records, long failedBatches, double seconds, long[] batchMillis) {
        double perSecond() {
            return records / seconds;
        }

        long percentile(double p) {
            return batchMillis.length == 0 ? -1 : batchMillis[Math.min(batchMillis.length - 1, (int) Math.ceil(p * batchMillis.length) - 1)];
        }
    }

    private SyncIngestBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: SyncIngestBench GATEWAY_URL DIRECT_URL JDBC_URL CLIENTS BATCHES_PER_CLIENT");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[3]);
        int batches = Integer.parseInt(args[4]);
        if (clients > TOWNSHIPS.size()) {
            throw new IllegalArgumentException("at most " + TOWNSHIPS.size() + " clients");
        }
        upload("warm-up", args[1], clients, Math.max(1, batches / 4), BATCH);
        List<Result> results = new ArrayList<>();
        for (int size : new int[]{BATCH, DAILY_BATCH}) {
            // the same number of records in every run, so that each compares with the one COPY
            int n = batches * (BATCH / size);
            results.add(upload("gateway", args[0], clients, n, size));
            results.add(upload("direct", args[1], clients, n, size));
        }
        Result copy = copy(args[2], (long) clients * batches * BATCH);
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| sync upload, %s | %d | %d x %d | %.0f | %d | %d | %d |%n", r.target(), clients,
                    r.records() / clients / r.batchSize(), r.batchSize(), r.perSecond(), r.percentile(0.50), r.percentile(0.99),
                    r.failedBatches());
        }
        System.out.printf(Locale.ROOT, "| COPY into legalaid.consultation | 1 | %d rows | %.0f | | | 0 |%n", copy.records(), copy.perSecond());
        for (int i = 0; i < results.size(); i += 2) {
            Result gateway = results.get(i);
            Result direct = results.get(i + 1);
            System.out.printf(Locale.ROOT, "batches of %d: sync through the gateway / COPY: %.1f%% (goal >= 25%%); direct / COPY: %.1f%%; "
                            + "gateway / direct: %.0f%%%n", gateway.batchSize(), 100 * gateway.perSecond() / copy.perSecond(),
                    100 * direct.perSecond() / copy.perSecond(), 100 * gateway.perSecond() / direct.perSecond());
        }
    }

    static String record(UUID id, String orgUnit, LocalDate on, int n) {
        return "{\"id\":\"" + id + "\",\"orgUnit\":\"" + orgUnit + "\",\"consultedOn\":\"" + on + "\",\"channel\":\""
                + (n % 3 == 0 ? "HOTLINE_12348" : n % 3 == 1 ? "VISIT" : "ONLINE") + "\",\"topic\":\"土地承包经营权流转咨询 " + n + "\"}";
    }

    static Result upload(String target, String baseUrl, int clients, int batches, int size) throws Exception {
        // HTTP/1.1 as a township's client speaks it; an HTTP/2 connection upgraded from it got GOAWAY mid-run
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong stored = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Future<List<Long>>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            String township = TOWNSHIPS.get(c);
            String token = DevTokens.token("bench-" + township, "township-clerk", township);
            workers.add(pool.submit(() -> {
                List<Long> millis = new ArrayList<>();
                for (int b = 0; b < batches; b++) {
                    StringBuilder body = new StringBuilder("{\"records\":[");
                    for (int i = 0; i < size; i++) {
                        body.append(i == 0 ? "" : ",").append(record(UUID.randomUUID(), township, LocalDate.of(2021, 1 + i % 12, 1 + i % 28), i));
                    }
                    body.append("]}");
                    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    millis.add((System.nanoTime() - t0) / 1_000_000);
                    Matcher created = CREATED.matcher(response.body());
                    if (response.statusCode() == 200 && created.find() && Integer.parseInt(created.group(1)) == size) {
                        stored.addAndGet(size);
                    } else {
                        failed.incrementAndGet();
                        // the status and the summary only: a response body can carry record content
                        Matcher summary = SUMMARY.matcher(response.body());
                        LOG.log(System.Logger.Level.WARNING, "{0}: batch answered {1} {2}", target, response.statusCode(),
                                summary.find() ? summary.group() : "");
                    }
                }
                return millis;
            }));
        }
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> worker : workers) {
                all.addAll(worker.get());
            }
        } finally {
            // a failed client must not leave the others' threads keeping the JVM (and the benchmark) alive
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(target, size, stored.get(), failed.get(), seconds, all.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    /** The same rows, as the service would store them (audit columns included), in one COPY. */
    static Result copy(String jdbcUrl, long rows) throws Exception {
        StringBuilder data = new StringBuilder();
        for (long n = 0; n < rows; n++) {
            LocalDate on = LocalDate.of(2021, 1 + (int) (n % 12), 1 + (int) (n % 28));
            String channel = n % 3 == 0 ? "HOTLINE_12348" : n % 3 == 1 ? "VISIT" : "ONLINE";
            data.append(UUID.randomUUID()).append('\t').append(TOWNSHIPS.get((int) (n % 4))).append("\t1\t").append(on).append('\t')
                    .append(channel).append("\t土地承包经营权流转咨询 ").append(n).append("\tnow\tbench-copy\tnow\tbench-copy\n");
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "legalaid_app", "legalaid_app_dev")) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            long copied = copy.copyIn("COPY legalaid.consultation (id, org_unit, version, consulted_on, channel, topic, created_at, created_by, "
                    + "updated_at, updated_by) FROM STDIN", new StringReader(data.toString()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM legalaid.consultation")) {
                r.next();
                LOG.log(System.Logger.Level.INFO, "consultations stored: {0}", r.getLong(1));
            }
            return new Result("copy", 0, copied, 0, seconds, new long[0]);
        }
    }
}
