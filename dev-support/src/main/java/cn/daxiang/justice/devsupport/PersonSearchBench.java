package cn.daxiang.justice.devsupport;

import cn.daxiang.justice.devsupport.testing.IdNumbers;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code PersonSearchBench GATEWAY_URL DIRECT_URL JDBC_URL PERSONS LOOKUPS}: the search for persons of issue 22 on a
 * blind index of 1,000,000 persons in one line. Writes 1,000,000 rows into {@code corrections.person_index} with
 * set-based SQL ({@code generate_series}: names of two to four characters from 60 surnames and 80 given-name characters
 * with their typo keys, random hashes, over the 200 townships), then takes in PERSONS subjects through the service (so
 * their rows, hashes included, are the kit's own), and measures, LOOKUPS requests each after as many to warm up, one at
 * a time, as the district admin: {@code GET /api/v1/corrections/subjects?idNumber=...} and {@code ?name=<two-character
 * prefix>}, straight to the service and through the gateway; and {@code EXPLAIN ANALYZE} of the index statements. Prints
 * Markdown table rows and the ratios of each p99 to its limit (ID lookup 20 ms, name prefix 50 ms). A benchmark, not a
 * test; only for the benchmark's own throw-away database.
 */
public final class PersonSearchBench {

    static final String PATH = "/api/v1/corrections/subjects";
    static final int ROWS = 1_000_000;
    static final int BATCH = 100_000;
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖";
    static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉萍文辉鹏飞斌宇浩凯健俊帆帅旭宁欣怡梓涵子轩博雅思琪嘉诚天佑晨曦雨泽慧颖瑶婷岚峰振宏梅亮琳雪婉立新晓庆";
    static final String DISTRICT = "430503000000";

    record Measure(String what, String how, double p50, double p99, double limit) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.0f | %.2f |", what, how, p50, p99, limit, p99 / limit);
        }
    }

    private PersonSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: PersonSearchBench GATEWAY_URL DIRECT_URL JDBC_URL PERSONS LOOKUPS");
            System.exit(2);
        }
        int persons = Integer.parseInt(args[3]);
        int lookups = Integer.parseInt(args[4]);
        List<String> townships = BenchOrgUnits.townships(200);
        List<Measure> measures = new ArrayList<>();
        String[] sql = new String[2];
        try (Connection c = DriverManager.getConnection(args[2], "postgres", "postgres")) {
            write(c, townships);
            List<String[]> sample = intake(args[1], townships.subList(0, 14), persons);
            sql[0] = FeedBench.explain(c, "SELECT record_id FROM corrections.person_index WHERE id_hash IN ('"
                    + UUID.randomUUID() + "', (SELECT id_hash FROM corrections.person_index WHERE record_type = 'subjects' LIMIT 1))")[0];
            sql[1] = FeedBench.explain(c, "SELECT record_id FROM corrections.person_index WHERE record_type = 'subjects'"
                    + " AND name LIKE '张伟%' LIMIT 1000")[0];
            List<String> byId = sample.stream().map(s -> "idNumber=" + s[0]).toList();
            List<String> byPrefix = sample.stream().map(s -> "name=" + URLEncoder.encode(s[1].substring(0, 2), StandardCharsets.UTF_8)).toList();
            for (String[] target : new String[][]{{"direct", args[1]}, {"gateway", args[0]}}) {
                long[] id = run(target[1], byId, lookups);
                long[] prefix = run(target[1], byPrefix, lookups);
                measures.add(new Measure("ID number (full)", target[0] + ", " + lookups + " lookups", ms(id, 0.5), ms(id, 0.99), 20));
                measures.add(new Measure("name prefix (2 characters)", target[0] + ", " + lookups + " lookups", ms(prefix, 0.5),
                        ms(prefix, 0.99), 50));
            }
        }
        measures.forEach(m -> System.out.println(m.row()));
        Measure idGateway = measures.get(2);
        Measure prefixGateway = measures.get(3);
        System.out.printf(Locale.ROOT, "Through the gateway, p99 / limit: ID lookup %.2f (goal < 1: %s), name prefix %.2f (goal < 1: %s)."
                        + " The index statements alone (EXPLAIN ANALYZE, median of 5): hash probe %s ms, name prefix %s ms.%n",
                idGateway.p99() / 20, idGateway.p99() < 20 ? "met" : "missed",
                prefixGateway.p99() / 50, prefixGateway.p99() < 50 ? "met" : "missed", sql[0], sql[1]);
    }

    /** 1,000,000 index rows of persons with names of 2 to 4 characters, their typo keys (as kit.person.NameKeys makes them) and random hashes. */
    static void write(Connection c, List<String> townships) throws SQLException {
        String units = townships.stream().map(t -> "'" + t + "'").collect(Collectors.joining(",", "ARRAY[", "]"));
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("""
                    CREATE FUNCTION pg_temp.name_keys(n text) RETURNS varchar[] LANGUAGE sql IMMUTABLE AS $$
                        SELECT (ARRAY['=' || n]
                            || ARRAY(SELECT '~' || overlay(n PLACING '?' FROM i FOR 1) FROM generate_series(1, length(n)) i)
                            || CASE WHEN length(n) >= 3
                                    THEN ARRAY(SELECT '-' || overlay(n PLACING '' FROM i FOR 1) FROM generate_series(1, length(n)) i)
                                    ELSE '{}'::text[] END)::varchar[]
                    $$""");
            for (int start = 0; start < ROWS; start += BATCH) {
                s.execute("""
                        INSERT INTO corrections.person_index (id, record_type, record_id, org_unit, role, name, name_keys, id_hash, key_id, updated_at)
                        SELECT gen_random_uuid(), 'subjects', gen_random_uuid(), (%s)[1 + g %% 200], 'SUBJECT', n, pg_temp.name_keys(n),
                               rtrim(translate(encode(sha256(('bench' || g)::bytea), 'base64'), '+/', '-_'), '='), 'dev', now()
                        FROM generate_series(%d, %d) g,
                             LATERAL (SELECT substr('%s', 1 + g %% 60, 1) || substr('%s', 1 + (g / 60) %% 80, 1)
                                     || CASE WHEN g %% 3 = 0 THEN '' ELSE substr('%s', 1 + (g / 4800) %% 80, 1) END
                                     || CASE WHEN g %% 10 = 0 THEN substr('%s', 1 + (g / 7) %% 80, 1) ELSE '' END AS n) x
                        """.formatted(units, start + 1, start + BATCH, SURNAMES, GIVEN, GIVEN, GIVEN));
            }
            s.execute("VACUUM ANALYZE corrections.person_index");
        }
    }

    /** {@code persons} subjects taken in through the service, each {number, name}. */
    static List<String[]> intake(String base, List<String> townships, int persons) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String[]> sample = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            String township = townships.get(i % townships.size());
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i * 41L);
            String number = IdNumbers.valid("430503", birth, 500 + i % 400);
            String name = SURNAMES.charAt(i % 60) + "" + GIVEN.charAt(i % 80) + GIVEN.charAt((i * 7) % 80);
            String body = """
                    {"id":"%s","orgUnit":"%s","name":"%s","gender":"MALE","idNumber":"%s","birthDate":"%s","type":"PROBATION",
                     "offence":"危险驾驶罪","sentence":"拘役三个月，缓刑六个月","decidingAuthority":"大祥区人民法院",
                     "correctionStart":"2021-09-27","correctionEnd":"2023-03-30","intakeDate":"2021-09-30","supervisionLevel":"NORMAL"}
                    """.formatted(UUID.randomUUID(), township, name, number, birth);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + PATH))
                    .header("Authorization", "Bearer " + DevTokens.token("bench", "township-clerk", township))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
            }
            sample.add(new String[]{number, name});
        }
        return sample;
    }

    /** Latencies in microseconds, sorted, of {@code lookups} searches (cycling through {@code queries}) after as many to warm up. */
    static long[] run(String base, List<String> queries, int lookups) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = DevTokens.token("bench", "district-admin", DISTRICT);
        long[] latencies = new long[lookups];
        for (int i = -lookups; i < lookups; i++) {
            String query = queries.get(Math.floorMod(i, queries.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH + "?" + query)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(10)).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"items\":[]")) {
                throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                latencies[i] = (System.nanoTime() - t0) / 1000;
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    static double ms(long[] sorted, double p) {
        return ListReadBench.percentile(sorted, p) / 1000.0;
    }
}
