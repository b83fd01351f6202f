package cn.daxiang.justice.devsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ListReadBench GATEWAY_URL DIRECT_URL DB_PORT CONNECTIONS SECONDS}: a page of 20 disputes of
 * one township, newest first, read by a district admin at a fixed concurrency straight from the
 * mediation service and through the gateway: the first page, and a keyset page about 10,000 rows deep
 * (by {@code cursor}). The limit is pgbench running the best statement for that page (keyset order on
 * the township index, nothing else); the statements the service itself runs are measured beside it.
 * Prints Markdown table rows and the ratios. A benchmark, not a test.
 */
public final class ListReadBench {

    static final String TOWNSHIP = "430503010000";
    static final String PATH = "/api/v1/mediation/disputes?orgUnit=" + TOWNSHIP + "&size=20";
    // The best statement for the page: equality on the township prefix, the list's order read from its index.
    static final String BEST = """
            SELECT * FROM mediation.dispute WHERE left(org_unit, 9) = '430503010' ORDER BY registered_on DESC, id LIMIT 20;
            """;
    // What Hibernate sends for the first page (scope, filter, their indexed form), the two batch fetches and the capped total.
    static final String PAGE = "SELECT * FROM mediation.dispute WHERE org_unit LIKE '430503%' AND org_unit LIKE '430503010%' "
            + "AND left(org_unit, 9) = '430503010' ORDER BY registered_on DESC, id LIMIT 21";
    static final String SERVICE = PAGE + ";\n"
            + "SELECT * FROM mediation.dispute_party WHERE dispute_id IN (SELECT id FROM (" + PAGE + ") p);\n"
            + "SELECT * FROM mediation.dispute_mediator WHERE dispute_id IN (SELECT id FROM (" + PAGE + ") p);\n"
            + "SELECT count(*) FROM (SELECT id FROM mediation.dispute WHERE org_unit LIKE '430503%' AND org_unit LIKE '430503010%' "
            + "AND left(org_unit, 9) = '430503010' ORDER BY registered_on DESC, id LIMIT 1001) c;\n";
    static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    private ListReadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ListReadBench GATEWAY_URL DIRECT_URL DB_PORT CONNECTIONS SECONDS");
            System.exit(2);
        }
        int connections = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String token = DevTokens.token("bench", "district-admin", "430503000000");
        // A cursor about 10,000 rows deep: the last page offset paging reaches.
        String deep = PATH + "&cursor=" + cursor(args[1] + PATH + "&page=" + (10_000 / 20 - 1), token);
        GatewayOverheadBench.run("warm-up", args[1] + PATH, token, connections, Math.max(2, seconds / 3));
        GatewayOverheadBench.run("warm-up", args[0] + PATH, token, connections, Math.max(2, seconds / 3));
        GatewayOverheadBench.run("warm-up", args[0] + deep, token, connections, Math.max(2, seconds / 3));
        GatewayOverheadBench.Result direct = GatewayOverheadBench.run("first page, direct", args[1] + PATH, token, connections, seconds);
        GatewayOverheadBench.Result gateway = GatewayOverheadBench.run("first page, gateway", args[0] + PATH, token, connections, seconds);
        GatewayOverheadBench.Result keyset = GatewayOverheadBench.run("keyset page 10,000 deep, gateway", args[0] + deep, token,
                connections, seconds);
        for (GatewayOverheadBench.Result r : List.of(direct, gateway, keyset)) {
            System.out.printf(Locale.ROOT, "| disputes %s | %d | %.0f | %.1f | %.1f | %d |%n", r.target(), connections,
                    r.perSecond(), r.percentileMillis(0.50), r.percentileMillis(0.99), r.errors());
        }
        double[] service = pgbench(Integer.parseInt(args[2]), connections, seconds, SERVICE);
        double[] best = pgbench(Integer.parseInt(args[2]), connections, seconds, BEST);
        if (best == null) {
            System.out.println("pgbench not found: the ratio to the database's own limit was not measured");
        } else {
            System.out.printf(Locale.ROOT, "| the service's statements (page, parties, mediators, capped total), pgbench | %d | %.0f | %.1f | %.1f | 0 |%n",
                    connections, service[0], service[1], service[2]);
            System.out.printf(Locale.ROOT, "| the best statement for the page (the limit), pgbench | %d | %.0f | %.1f | %.1f | 0 |%n",
                    connections, best[0], best[1], best[2]);
        }
        System.out.printf(Locale.ROOT, "gateway first page: p99 %.1f ms (goal < 50 ms)%s; keyset page p99 %.1f ms, %.0f%% of the limit; "
                        + "gateway / direct %.0f%%%n",
                gateway.percentileMillis(0.99),
                best == null ? "" : String.format(Locale.ROOT, ", %.0f%% of the limit (goal >= 25%%)", 100 * gateway.perSecond() / best[0]),
                keyset.percentileMillis(0.99), best == null ? 0 : 100 * keyset.perSecond() / best[0],
                100 * gateway.perSecond() / direct.perSecond());
    }

    /** The nextCursor of the page at {@code url}. */
    static String cursor(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        Matcher next = NEXT_CURSOR.matcher(response.body());
        if (response.statusCode() != 200 || !next.find()) {
            throw new IOException("no nextCursor from " + url + ": " + response.statusCode());
        }
        return URLEncoder.encode(next.group(1), StandardCharsets.UTF_8);
    }

    /** tps, p50 and p99 ms of the script, or null when pgbench is not installed. */
    static double[] pgbench(int port, int connections, int seconds, String sql) throws IOException, InterruptedException {
        String pgbench = Stream.of("/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench", "/usr/local/bin/pgbench")
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        if (pgbench == null) {
            return null;
        }
        Path dir = Files.createTempDirectory("pgbench");
        Path script = dir.resolve("disputes-page.sql");
        Files.writeString(script, sql);
        ProcessBuilder builder = new ProcessBuilder(pgbench, "-n", "-c", String.valueOf(connections), "-j", "2", "-T", String.valueOf(seconds),
                "-f", script.toString(), "-l", "--log-prefix=" + dir.resolve("tx"), "-h", "localhost", "-p", String.valueOf(port),
                "-U", "mediation_app", "judicial").redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "mediation_app_dev");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("pgbench failed: " + out);
        }
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IOException("no tps in pgbench output: " + out);
        }
        List<Long> latencies = new ArrayList<>();
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("tx")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.split(" ");
                    latencies.add(Long.parseLong(fields[2]));
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[]{Double.parseDouble(tps.group(1)), percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0};
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
