package cn.daxiang.justice.devsupport;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code EvaluationBench GATEWAY_URL JDBC_URL SERVER_LOG RUNS}: a district-year evaluation run
 * through the gateway on the bench data, timed (median of RUNS), against its limit: the execution
 * time PostgreSQL itself reports for the very statements the three lines run for it (logged once with
 * {@code log_min_duration_statement = 0}; the lines are read in parallel, so the slowest line's total
 * is the limit). Then the same for a run with all the district's townships ({@code includeChildren}), with
 * the number of stats calls each line answered (at most two: the period and the cumulative figures,
 * each grouped by child). Prints Markdown table rows and the ratios. A benchmark, not a test.
 */
public final class EvaluationBench {

    /** A logged step: user, duration, the step ({@code parse}, {@code bind}, {@code execute}, {@code statement}) and the text's first line. */
    static final Pattern DURATION = Pattern.compile("^pgstmt (\\w+) .*duration: ([0-9.]+) ms(?:\\s+(\\w+)[^:]*: (.*))?");
    static final String BODY = "{\"orgUnit\":\"430503000000\",\"year\":2021}";

    private EvaluationBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: EvaluationBench GATEWAY_URL JDBC_URL SERVER_LOG RUNS");
            System.exit(2);
        }
        String token = DevTokens.token("bench", "evaluator", "430503000000");
        int runs = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        measure(http, args, token, BODY, "evaluation run, district, 2021, through the gateway", runs);
        measure(http, args, token, WITH_CHILDREN, "evaluation run, district and each of its townships (includeChildren), 2021",
                Math.max(1, runs / 2));
    }

    static final String WITH_CHILDREN = "{\"orgUnit\":\"430503000000\",\"year\":2021,\"includeChildren\":true}";

    /**
     * Times {@code runs} runs of {@code body} (after a warm-up), then logs the statements of one more and
     * prints the run's figures, each line's SQL and how many stats calls each line answered.
     */
    static void measure(HttpClient http, String[] args, String token, String body, String what, int runs) throws Exception {
        run(http, args[0], token, body); // warm-up: JIT, connection pools, the lines' caches
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run(http, args[0], token, body);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(millis);
        long median = millis[runs / 2];

        Path log = Path.of(args[2]);
        long from = log.toFile().length();
        logStatements(args[1], true);
        try {
            run(http, args[0], token, body);
            Thread.sleep(500); // the server log is written asynchronously by the postmaster's children
        } finally {
            logStatements(args[1], false);
        }
        Map<String, Logged> byUser = statementTimes(log, from);
        double limit = byUser.entrySet().stream().filter(e -> !e.getKey().startsWith("evaluation"))
                .mapToDouble(e -> e.getValue().millis).max().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", what, median, millis[0], millis[runs - 1]);
        byUser.forEach((user, t) -> System.out.printf(Locale.ROOT, "| SQL of %s (%d statements%s) | %.0f | | |%n", user, t.count,
                user.startsWith("evaluation") ? "" : ", " + t.calls() + " stats calls", t.millis));
        System.out.printf(Locale.ROOT, "%s / limit: %d ms against 1.5 x %.0f ms + 200 ms = %.0f ms (%s)%n", what, median, limit,
                1.5 * limit + 200, median <= 1.5 * limit + 200 ? "goal met" : "goal missed");
    }

    /** The statements one database user ran: total execution ms, how many, and their distinct texts (one per table). */
    static final class Logged {
        double millis;
        int count;
        final Set<String> texts = new HashSet<>();

        /** Each stats call runs each of its line's statements once, with other parameters. */
        long calls() {
            return texts.isEmpty() ? 0 : Math.round((double) count / texts.size());
        }
    }

    static void run(HttpClient http, String gateway, String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/evaluation/runs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(300)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 || !response.body().contains("\"COMPLETE\"")) {
            throw new IOException("the run was not complete: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    static void logStatements(String jdbcUrl, boolean on) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
            if (on) {
                s.execute("ALTER SYSTEM SET log_min_duration_statement = 0");
                s.execute("ALTER SYSTEM SET log_line_prefix = 'pgstmt %u '");
            } else {
                s.execute("ALTER SYSTEM RESET log_min_duration_statement");
                s.execute("ALTER SYSTEM RESET log_line_prefix");
            }
            s.execute("SELECT pg_reload_conf()");
        }
    }

    /** Per database user: the logged statements after {@code from}. */
    static Map<String, Logged> statementTimes(Path log, long from) throws IOException {
        Map<String, Logged> times = new TreeMap<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(from);
            byte[] rest = new byte[(int) (file.length() - from)];
            file.readFully(rest);
            for (String line : new String(rest, StandardCharsets.UTF_8).split("\n")) {
                Matcher m = DURATION.matcher(line);
                if (m.find()) {
                    Logged t = times.computeIfAbsent(m.group(1), u -> new Logged());
                    t.millis += Double.parseDouble(m.group(2));
                    // parse and bind are logged apart from execute: a statement counts once, by its execution
                    if (m.group(3) == null || m.group(3).equals("execute") || m.group(3).equals("statement")) {
                        t.count++;
                        t.texts.add(String.valueOf(m.group(4)));
                    }
                }
            }
        }
        return times;
    }
}
