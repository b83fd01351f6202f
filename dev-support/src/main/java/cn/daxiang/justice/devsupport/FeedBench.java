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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code FeedBench GATEWAY_URL DIRECT_URL JDBC_URL POLLS}: the change feed of mediation's disputes
 * with 100,000 and then 1,000,000 audit rows over the 200 townships of the benchmark's org-unit file
 * ({@link BenchOrgUnits#townships}), written straight into {@code mediation.audit_log} with set-based
 * SQL, 1,000 rows per transaction (so the rows have many transaction ids, as uploads give them). 199
 * townships change all the time; the quiet one changed only in the first transaction and polls from
 * its last change. At each size: POLLS polls of the quiet township and of a busy one (a full page of
 * 100 changes), one at a time, straight to the service and through the gateway; and
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the feed statement the service runs (and of the statement
 * before issue 17, on the index that is still there for wide scopes). Prints Markdown table rows
 * and the goals. A benchmark, not a test; only for the benchmark's own throw-away database.
 */
public final class FeedBench {

    static final String PATH = "/api/v1/mediation/sync/disputes/changes";
    static final int TOWNSHIPS = 200;
    static final int ROWS_PER_TRANSACTION = 1000;
    static final Pattern BUFFERS = Pattern.compile("Buffers: shared(?: hit=(\\d+))?(?: read=(\\d+))?");
    static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    // ChangeFeed's statements (dev-support cannot depend on the kit); %1$s type, %2$s township, %3$s xid, %4$d id
    static final String FEED = """
            WITH horizon AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
            SELECT CAST(h.xmin AS text), CAST(a.xid AS text), a.id, a.entity_id
            FROM horizon h
            LEFT JOIN LATERAL (
                SELECT a.xid, a.id, a.entity_id
                FROM mediation.audit_log a
                WHERE a.entity_type = '%1$s'
                  AND substr(a.org_unit, 1, 9) = '%2$s'
                  AND a.org_unit LIKE '%2$s%%'
                  AND a.xid < h.xmin
                  AND (a.xid, a.id) > (CAST('%3$s' AS xid8), %4$d)
                ORDER BY a.xid, a.id
                LIMIT 100) a ON true
            ORDER BY a.xid, a.id
            """;
    static final String BEFORE = """
            SELECT CAST(a.xid AS text), a.id, a.entity_id
            FROM mediation.audit_log a
            WHERE a.entity_type = '%1$s'
              AND a.org_unit LIKE '%2$s%%'
              AND a.xid < pg_snapshot_xmin(pg_current_snapshot())
              AND (a.xid, a.id) > (CAST('%3$s' AS xid8), %4$d)
            ORDER BY a.xid, a.id
            LIMIT 100
            """;

    record Poll(String township, String cursor) {
        String prefix() {
            return township.substring(0, 9);
        }

        String xid() {
            return cursor.substring(0, cursor.indexOf('-'));
        }

        long id() {
            return Long.parseLong(cursor.substring(cursor.indexOf('-') + 1));
        }
    }

    record Measure(long rows, String poll, String how, double p50, double p99, String buffers) {
        String row() {
            return String.format(Locale.ROOT, "| %,d | %s | %s | %.1f | %.1f | %s |", rows, poll, how, p50, p99, buffers);
        }
    }

    private FeedBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: FeedBench GATEWAY_URL DIRECT_URL JDBC_URL POLLS");
            System.exit(2);
        }
        int polls = Integer.parseInt(args[3]);
        List<String> townships = BenchOrgUnits.townships(TOWNSHIPS);
        String quiet = townships.get(TOWNSHIPS - 1);
        String busy = townships.get(0);
        List<Measure> measures = new ArrayList<>();
        double[] quietMedian = new double[2];
        long[] quietBuffers = new long[2];
        try (Connection c = DriverManager.getConnection(args[2], "postgres", "postgres")) {
            long written = 0;
            for (long rows : new long[]{100_000, 1_000_000}) {
                write(c, townships.subList(0, TOWNSHIPS - 1), quiet, written, rows);
                written = rows;
                Poll q = new Poll(quiet, lastChange(c, quiet));
                // the busy township's position half-way through the log: a full page follows
                Poll b = new Poll(busy, halfWay(c, busy));
                int size = rows == 100_000 ? 0 : 1;
                for (Poll p : List.of(q, b)) {
                    String name = p == q ? "quiet township" : "busy township (page of 100)";
                    String[] feed = explain(c, FEED.formatted("Dispute", p.prefix(), p.xid(), p.id()));
                    String[] before = explain(c, BEFORE.formatted("Dispute", p.prefix(), p.xid(), p.id()));
                    measures.add(new Measure(rows, name, "feed statement, SQL (EXPLAIN ANALYZE)", Double.parseDouble(feed[0]),
                            Double.parseDouble(feed[0]), feed[1]));
                    measures.add(new Measure(rows, name, "statement before issue 17, SQL (EXPLAIN ANALYZE)", Double.parseDouble(before[0]),
                            Double.parseDouble(before[0]), before[1]));
                    long[] direct = polls(args[1], p, polls);
                    long[] gateway = polls(args[0], p, polls);
                    measures.add(new Measure(rows, name, "direct, " + polls + " polls", millis(direct, 0.50), millis(direct, 0.99), ""));
                    measures.add(new Measure(rows, name, "gateway, " + polls + " polls", millis(gateway, 0.50), millis(gateway, 0.99), ""));
                    if (p == q) {
                        quietMedian[size] = millis(gateway, 0.50);
                        quietBuffers[size] = Long.parseLong(feed[1]);
                    }
                }
            }
        }
        measures.forEach(m -> System.out.println(m.row()));
        double ratio = quietMedian[1] / quietMedian[0];
        System.out.printf(Locale.ROOT, "Quiet township's poll at 1,000,000 rows: %d buffers (goal <= 50: %s); median latency through"
                        + " the gateway 1,000,000 / 100,000 rows: %.2f (goal <= 1.5: %s).%n",
                quietBuffers[1], quietBuffers[1] <= 50 ? "met" : "missed", ratio, ratio <= 1.5 ? "met" : "missed");
    }

    /** Audit rows up to {@code total}: the busy townships' changes in turn, the quiet one's only in the very first transaction. */
    static void write(Connection c, List<String> busy, String quiet, long from, long total) throws SQLException {
        String array = busy.stream().map(t -> "'" + t + "'").collect(Collectors.joining(",", "ARRAY[", "]"));
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (long start = from; start < total; start += ROWS_PER_TRANSACTION) {
                s.execute("""
                        INSERT INTO mediation.audit_log (actor, actor_org_unit, action, entity_type, entity_id, entity_version, org_unit)
                        SELECT 'bench', t, 'UPDATE', 'Dispute', gen_random_uuid()::text, 2, t
                        FROM generate_series(%d, %d) g,
                             LATERAL (SELECT CASE WHEN g <= 100 THEN '%s' ELSE (%s)[1 + g %% %d] END AS t) x
                        """.formatted(start + 1, Math.min(total, start + ROWS_PER_TRANSACTION), quiet, array, busy.size()));
            }
            s.execute("VACUUM ANALYZE mediation.audit_log");
        }
    }

    static String lastChange(Connection c, String township) throws SQLException {
        return cursor(c, "SELECT xid::text || '-' || id FROM mediation.audit_log WHERE org_unit = '" + township
                + "' ORDER BY xid DESC, id DESC LIMIT 1");
    }

    static String halfWay(Connection c, String township) throws SQLException {
        return cursor(c, "SELECT xid::text || '-' || id FROM mediation.audit_log WHERE org_unit = '" + township
                + "' AND id > (SELECT max(id) / 2 FROM mediation.audit_log) ORDER BY id LIMIT 1");
    }

    static String cursor(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Execution ms (median of 5 after a warm-up) and shared buffers (hit + read) of the statement. */
    static String[] explain(Connection c, String sql) throws SQLException {
        double[] times = new double[5];
        long buffers = 0;
        try (Statement s = c.createStatement()) {
            for (int i = -1; i < times.length; i++) {
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                // the first Buffers line is the top node's, which counts its children's
                Matcher b = BUFFERS.matcher(plan);
                Matcher t = EXECUTION.matcher(plan);
                if (!b.find() || !t.find()) {
                    throw new IllegalStateException("unexpected plan:\n" + plan);
                }
                buffers = (b.group(1) == null ? 0 : Long.parseLong(b.group(1))) + (b.group(2) == null ? 0 : Long.parseLong(b.group(2)));
                if (i >= 0) {
                    times[i] = Double.parseDouble(t.group(1));
                }
            }
        }
        Arrays.sort(times);
        return new String[]{String.format(Locale.ROOT, "%.3f", times[times.length / 2]), String.valueOf(buffers)};
    }

    /** Latencies in microseconds, sorted, of {@code polls} polls one at a time after as many to warm up. */
    static long[] polls(String base, Poll poll, int polls) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH + "?since=" + poll.cursor()))
                .header("Authorization", "Bearer " + DevTokens.token("bench", "township-clerk", poll.township()))
                .timeout(Duration.ofSeconds(10)).GET().build();
        long[] latencies = new long[polls];
        for (int i = -polls; i < polls; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("poll answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                latencies[i] = (System.nanoTime() - t0) / 1000;
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    static double millis(long[] sorted, double p) {
        return ListReadBench.percentile(sorted, p) / 1000.0;
    }
}
