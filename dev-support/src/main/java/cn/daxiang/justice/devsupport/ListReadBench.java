package cn.daxiang.justice.devsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ListReadBench GATEWAY_URL DIRECT_URL DB_PORT CONNECTIONS SECONDS}: a page of 20 disputes of
 * one township, newest first, read by a district admin at a fixed concurrency straight from the
 * mediation service and through the gateway; then the same statements the service runs for it (the
 * page, its parties and mediators, the total) in pgbench at the same concurrency, the limit. Prints
 * Markdown table rows and the ratios. A benchmark, not a test.
 */
public final class ListReadBench {

    static final String TOWNSHIP = "430503010000";
    static final String PATH = "/api/v1/mediation/disputes?orgUnit=" + TOWNSHIP + "&size=20";
    // What Hibernate sends for the page (the scope and the filter), the two batch fetches and the count.
    static final String SCRIPT = """
            SELECT * FROM mediation.dispute WHERE org_unit LIKE '430503%' AND org_unit LIKE '430503010%' ORDER BY registered_on DESC, id LIMIT 20;
            SELECT * FROM mediation.dispute_party WHERE dispute_id IN (SELECT id FROM mediation.dispute WHERE org_unit LIKE '430503%' AND org_unit LIKE '430503010%' ORDER BY registered_on DESC, id LIMIT 20);
            SELECT * FROM mediation.dispute_mediator WHERE dispute_id IN (SELECT id FROM mediation.dispute WHERE org_unit LIKE '430503%' AND org_unit LIKE '430503010%' ORDER BY registered_on DESC, id LIMIT 20);
            SELECT count(*) FROM mediation.dispute WHERE org_unit LIKE '430503%' AND org_unit LIKE '430503010%';
            """;
    static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

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
        GatewayOverheadBench.run("warm-up", args[1] + PATH, token, connections, Math.max(2, seconds / 3));
        GatewayOverheadBench.run("warm-up", args[0] + PATH, token, connections, Math.max(2, seconds / 3));
        GatewayOverheadBench.Result direct = GatewayOverheadBench.run("direct", args[1] + PATH, token, connections, seconds);
        GatewayOverheadBench.Result gateway = GatewayOverheadBench.run("gateway", args[0] + PATH, token, connections, seconds);
        for (GatewayOverheadBench.Result r : List.of(direct, gateway)) {
            System.out.printf(Locale.ROOT, "| disputes page, %s | %d | %.0f | %.1f | %.1f | %d |%n", r.target(), connections,
                    r.perSecond(), r.percentileMillis(0.50), r.percentileMillis(0.99), r.errors());
        }
        double[] pg = pgbench(Integer.parseInt(args[2]), connections, seconds);
        if (pg == null) {
            System.out.println("pgbench not found: the ratio to the database's own limit was not measured");
        } else {
            System.out.printf(Locale.ROOT, "| the same statements, pgbench | %d | %.0f | %.1f | %.1f | 0 |%n", connections, pg[0], pg[1], pg[2]);
        }
        System.out.printf(Locale.ROOT, "gateway / direct: %.0f%% (goal >= 80%%)%s; gateway p99 %.1f ms (goal < 50 ms)%n",
                100 * gateway.perSecond() / direct.perSecond(),
                pg == null ? "" : String.format(Locale.ROOT, "; direct / pgbench: %.0f%% (goal >= 25%%)", 100 * direct.perSecond() / pg[0]),
                gateway.percentileMillis(0.99));
    }

    /** tps, p50 and p99 ms of the script, or null when pgbench is not installed. */
    static double[] pgbench(int port, int connections, int seconds) throws IOException, InterruptedException {
        String pgbench = Stream.of("/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench", "/usr/local/bin/pgbench")
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        if (pgbench == null) {
            return null;
        }
        Path dir = Files.createTempDirectory("pgbench");
        Path script = dir.resolve("disputes-page.sql");
        Files.writeString(script, SCRIPT);
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
