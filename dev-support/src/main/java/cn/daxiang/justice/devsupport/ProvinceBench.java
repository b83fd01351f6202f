package cn.daxiang.justice.devsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ProvinceBench GATEWAY_URL JDBC_URL}: a scaled-down province on one machine (the platform started with
 * {@code BenchOrgUnits BUILT_IN 200 province}: 1 province, 2 cities, 6 counties, 200 townships). 200 township clients
 * (50 at a time) each upload a day's legal-aid consultations through the gateway and poll their feed until it is
 * empty; a provincial reader pulls the whole feed in pages of 1,000; an evaluator runs the province's 2021 evaluation
 * with its cities. Then 200,000 consultations of other townships are written straight into the database and the
 * townships' round is repeated (after each township has read its share once): a township's upload and poll must cost
 * the same however much the table holds. Per
 * request kind: p50 and p99, PostgreSQL buffers per request (shared hit + read over the kind's phase, from
 * {@code pg_stat_database}), and the peak number of database connections over the whole run. Prints Markdown table
 * rows and the goals. A benchmark, not a test: only for the benchmark's own throw-away database.
 */
public final class ProvinceBench {

    static final String UPLOAD = "/api/v1/legal-aid/sync/consultations";
    static final String FEED = UPLOAD + "/changes";
    static final int TOWNSHIPS = 200;
    static final int AT_ONCE = 50;
    static final int RECORDS = 10;
    static final int OTHERS = 200_000;
    static final String PROVINCE = "430000000000";
    static final Pattern CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CHANGE = Pattern.compile("\"deleted\"\\s*:");
    /** Backends' statistics reach pg_stat_database at most 10 s after they go idle (PGSTAT_IDLE_INTERVAL). */
    static final Duration STATS_SETTLE = Duration.ofSeconds(11);

    record Kind(String name, long[] micros, double buffersPerRequest) {
        double millis(double p) {
            return micros.length == 0 ? -1 : micros[Math.min(micros.length - 1, (int) Math.ceil(p * micros.length) - 1)] / 1000.0;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.0f |", name, micros.length, millis(0.50), millis(0.99),
                    buffersPerRequest);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String jdbc;
    private final List<String> townships = BenchOrgUnits.provinceTownships(TOWNSHIPS);
    private final Map<String, String> cursors = new ConcurrentHashMap<>();

    private ProvinceBench(String gateway, String jdbc) {
        this.gateway = gateway;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ProvinceBench GATEWAY_URL JDBC_URL");
            System.exit(2);
        }
        new ProvinceBench(args[0], args[1]).run();
    }

    void run() throws Exception {
        AtomicInteger peak = new AtomicInteger();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> sampleConnections(peak, sampling), "connection-sampler");
        sampler.setDaemon(true);
        sampler.start();
        // warm-up: every township once (its first poll reads what it uploaded), not reported
        upload("warm-up");
        poll("warm-up");
        List<Kind> kinds = new ArrayList<>();
        Kind upload = measured(() -> upload("township upload (" + RECORDS + " records), table small"));
        Kind poll = measured(() -> poll("township poll, table small"));
        kinds.add(upload);
        kinds.add(poll);
        kinds.add(measured(this::provincialFeed));
        kinds.add(measured(this::provinceRun));
        writeOthers();
        // each township reads its share of the new rows once, as it would have on the days they were written: what
        // is measured next is the cost of a day's work on a grown table, not of a 1,000-change backlog
        poll("catch-up");
        Kind uploadGrown = measured(() -> upload("township upload (" + RECORDS + " records), table + " + String.format(Locale.ROOT, "%,d", OTHERS)));
        Kind pollGrown = measured(() -> poll("township poll, table + " + String.format(Locale.ROOT, "%,d", OTHERS)));
        kinds.add(uploadGrown);
        kinds.add(pollGrown);
        sampling.set(false);
        sampler.join();
        kinds.forEach(k -> System.out.println(k.row()));
        System.out.printf(Locale.ROOT, "Peak database connections over the run: %d (the pools allow 4 services x 10).%n", peak.get());
        flat("upload", upload, uploadGrown);
        flat("poll", poll, pollGrown);
    }

    private static void flat(String what, Kind before, Kind after) {
        double buffers = after.buffersPerRequest() / Math.max(1, before.buffersPerRequest());
        double p99 = after.millis(0.99) / before.millis(0.99);
        System.out.printf(Locale.ROOT, "A township's %s after the table grew / before: buffers per request %.2f (goal <= 1.5: %s), "
                + "p99 %.2f (goal <= 1.5: %s).%n", what, buffers, buffers <= 1.5 ? "met" : "missed", p99, p99 <= 1.5 ? "met" : "missed");
    }

    /** Runs a phase and counts the buffers the database touched for it, per request. */
    private Kind measured(PhaseRun phase) throws Exception {
        Thread.sleep(STATS_SETTLE.toMillis());
        long before = buffers();
        Kind kind = phase.run();
        Thread.sleep(STATS_SETTLE.toMillis());
        long touched = buffers() - before;
        return new Kind(kind.name(), kind.micros(), kind.micros().length == 0 ? 0 : (double) touched / kind.micros().length);
    }

    @FunctionalInterface
    interface PhaseRun {
        Kind run() throws Exception;
    }

    /** Every township uploads a day's consultations, 50 clients at a time. */
    private Kind upload(String name) throws Exception {
        return everyTownship(name, township -> {
            StringBuilder body = new StringBuilder("{\"records\":[");
            for (int i = 0; i < RECORDS; i++) {
                body.append(i == 0 ? "" : ",").append(SyncIngestBench.record(UUID.randomUUID(), township, LocalDate.of(2021, 1 + i % 12, 1 + i), i));
            }
            HttpRequest request = request(UPLOAD, clerk(township)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.append("]}").toString())).build();
            return List.of(timed(request, 200));
        });
    }

    /** Every township polls its feed from its cursor until a page is empty. */
    private Kind poll(String name) throws Exception {
        return everyTownship(name, township -> {
            List<Long> micros = new ArrayList<>();
            while (true) {
                String cursor = cursors.get(township);
                HttpRequest request = request(FEED + (cursor == null ? "" : "?since=" + cursor), clerk(township)).GET().build();
                long t0 = System.nanoTime();
                HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
                micros.add((System.nanoTime() - t0) / 1000);
                check(page, 200);
                Matcher next = CURSOR.matcher(page.body());
                if (next.find()) {
                    cursors.put(township, next.group(1));
                }
                if (!CHANGE.matcher(page.body()).find()) {
                    return micros;
                }
            }
        });
    }

    /** The provincial reader pulls the whole consultations feed, 1,000 changes a page. */
    private Kind provincialFeed() throws Exception {
        String token = DevTokens.token("bench-province", "provincial-reader", PROVINCE);
        List<Long> micros = new ArrayList<>();
        String cursor = null;
        int changes = 0;
        while (true) {
            HttpRequest request = request(FEED + "?limit=1000" + (cursor == null ? "" : "&since=" + cursor), token).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
            micros.add((System.nanoTime() - t0) / 1000);
            check(page, 200);
            int onPage = (int) CHANGE.matcher(page.body()).results().count();
            changes += onPage;
            Matcher next = CURSOR.matcher(page.body());
            if (onPage == 0 || !next.find()) {
                break;
            }
            cursor = next.group(1);
        }
        return new Kind(String.format(Locale.ROOT, "provincial reader, whole feed (%,d changes) in pages of 1,000", changes), sorted(micros), 0);
    }

    /** The province's 2021 evaluation with its two cities, three times. */
    private Kind provinceRun() throws Exception {
        String token = DevTokens.token("bench-province-evaluator", "evaluator", PROVINCE);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpRequest request = request("/api/v1/evaluation/runs", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"orgUnit\":\"" + PROVINCE + "\",\"year\":2021,\"includeChildren\":true}"))
                    .build();
            micros.add(timed(request, 201));
        }
        return new Kind("province evaluation run 2021 with its 2 cities", sorted(micros), 0);
    }

    /** 200,000 consultations spread over the townships, with their audit rows, straight into the database. */
    private void writeOthers() throws SQLException {
        String others = townships.stream().map(t -> "'" + t + "'")
                .collect(java.util.stream.Collectors.joining(",", "ARRAY[", "]"));
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (int from = 0; from < OTHERS; from += 2000) {
                s.execute("""
                        WITH c AS (
                            INSERT INTO legalaid.consultation (id, org_unit, version, consulted_on, channel, topic, created_at, created_by,
                                                               updated_at, updated_by)
                            SELECT gen_random_uuid(), (%1$s)[1 + g %% %2$d], 1, DATE '2021-01-01' + (g %% 365), 'VISIT',
                                   '土地承包经营权流转咨询 ' || g, now(), 'bench', now(), 'bench'
                            FROM generate_series(%3$d, %4$d) g
                            RETURNING id, org_unit)
                        INSERT INTO legalaid.audit_log (actor, actor_org_unit, action, entity_type, entity_id, entity_version, org_unit)
                        SELECT 'bench', org_unit, 'CREATE', 'Consultation', id::text, 1, org_unit FROM c
                        """.formatted(others, TOWNSHIPS, from + 1, from + 2000));
            }
            s.execute("VACUUM ANALYZE legalaid.consultation");
            s.execute("VACUUM ANALYZE legalaid.audit_log");
        }
    }

    private Kind everyTownship(String name, TownshipCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<List<Long>>> calls = new ArrayList<>();
        try {
            for (String township : townships) {
                calls.add(pool.submit(() -> call.apply(township)));
            }
            List<Long> micros = new ArrayList<>();
            for (Future<List<Long>> f : calls) {
                micros.addAll(f.get());
            }
            return new Kind(name, sorted(micros), 0);
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface TownshipCall {
        List<Long> apply(String township) throws Exception;
    }

    private long timed(HttpRequest request, int expected) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - t0) / 1000;
        check(response, expected);
        return micros;
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            // the status only: a body can carry record content
            throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath() + " answered "
                    + response.statusCode());
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(120));
    }

    private static String clerk(String township) {
        return DevTokens.token("bench-" + township, "township-clerk", township);
    }

    private long buffers() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT blks_hit + blks_read FROM pg_stat_database WHERE datname = current_database()")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The most client connections the database held at once, sampled every 50 ms. */
    private void sampleConnections(AtomicInteger peak, AtomicBoolean sampling) {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            while (sampling.get()) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")) {
                    r.next();
                    // less the sampler's own connection
                    peak.accumulateAndGet(r.getInt(1) - 1, Math::max);
                }
                Thread.sleep(50);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("connection sampling failed", e);
        }
    }

    private static long[] sorted(List<Long> micros) {
        List<Long> copy = new ArrayList<>(micros);
        Collections.sort(copy);
        return copy.stream().mapToLong(Long::longValue).toArray();
    }
}
