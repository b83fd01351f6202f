package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import cn.daxiang.justice.kit.sync.SyncEndpointAccess;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The township sync protocol of the kit: batch upsert, idempotency and the change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SyncProtocolTest {

    static final String DISTRICT = OrgUnits.DISTRICT;
    // townships no other test class writes in, so their counts and idempotency keys are this class's own
    static final String TOWN_A = OrgUnits.TOWNSHIPS.get(5);
    static final String TOWN_B = OrgUnits.TOWNSHIPS.get(6);
    static final String UPLOAD = "/test/sync/samples";

    @Inject
    AgroalDataSource dataSource;

    static String record(UUID id, String orgUnit, String name, Long version) {
        return """
                {"id":"%s","orgUnit":"%s","name":"%s","idNumber":"11010519491231002X","kind":"ALPHA","amount":1,"happenedOn":"2021-05-01"%s}"""
                .formatted(id, orgUnit, name, version == null ? "" : ",\"version\":" + version);
    }

    static String batch(String... records) {
        return "{\"records\":[" + String.join(",", records) + "]}";
    }

    static JsonPath upload(RequestSpecification who, String body) {
        return who.body(body).post(UPLOAD).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aBatchIsJudgedRecordByRecordAndOnlyGoodRecordsAreStored() {
        RequestSpecification clerk = as("township-clerk", TOWN_A);
        UUID existing = UUID.randomUUID();
        upload(as("township-clerk", TOWN_A), batch(record(existing, TOWN_A, "已有", null)));
        upload(as("township-clerk", TOWN_A), batch(record(existing, TOWN_A, "已改", 1L)));
        UUID fresh = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        upload(as("township-clerk", TOWN_B), batch(record(theirs, TOWN_B, "乙方", null)));

        String body = batch(
                record(fresh, TOWN_A, "新记录", null),
                record(invalid, TOWN_A, "坏号码", null).replace("11010519491231002X", "110105194912310021"),
                record(existing, TOWN_A, "旧版本改动", 1L),
                record(foreign, TOWN_B, "越权", null),
                record(theirs, TOWN_A, "抢别人的", 1L),
                "42");
        JsonPath answer = upload(clerk, body);
        assertEquals(List.of("CREATED", "REJECTED", "CONFLICT", "REJECTED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("idNumber", answer.getString("results[1].errors[0].field"));
        assertEquals(2, answer.getInt("results[2].current.version"));
        assertEquals("已改", answer.getString("results[2].current.name"));
        // a record in another office's scope is rejected without a word about its content
        assertFalse(answer.getString("results[4]").contains("乙方"));
        assertEquals(Map.of("created", 1, "updated", 0, "unchanged", 0, "conflict", 1, "rejected", 4), answer.getMap("summary"));
        assertEquals(1, count("SELECT count(*) FROM sample WHERE id IN ('" + fresh + "','" + invalid + "','" + foreign + "')"));

        long rows = count("SELECT count(*) FROM sample");
        long audits = count("SELECT count(*) FROM audit_log");
        JsonPath replay = upload(clerk, body);
        assertEquals(List.of("UNCHANGED", "REJECTED", "CONFLICT", "REJECTED", "REJECTED", "REJECTED"), replay.getList("results.status"));
        assertEquals(rows, count("SELECT count(*) FROM sample"));
        assertEquals(audits, count("SELECT count(*) FROM audit_log"));
    }

    @Test
    void replayingASuccessfulBatchChangesNothing() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String first = batch(record(a, TOWN_A, "甲", null), record(b, TOWN_A, "乙", null));
        assertEquals(List.of("CREATED", "CREATED"), upload(as("township-clerk", TOWN_A), first).getList("results.status"));
        assertEquals(List.of("UNCHANGED", "UNCHANGED"), upload(as("township-clerk", TOWN_A), first).getList("results.status"));
        String second = batch(record(a, TOWN_A, "甲改", 1L));
        assertEquals(List.of("UPDATED"), upload(as("township-clerk", TOWN_A), second).getList("results.status"));
        assertEquals(List.of("UNCHANGED"), upload(as("township-clerk", TOWN_A), second).getList("results.status"));
        assertEquals(2, count("SELECT version FROM sample WHERE id = '" + a + "'"));
    }

    @Test
    void deletingAnotherOfficesRecordAnswersExactlyAsDeletingOneThatNeverExisted() {
        UUID theirs = UUID.randomUUID();
        upload(as("township-clerk", TOWN_B), batch(record(theirs, TOWN_B, "乙方", null)));
        JsonPath answer = upload(as("township-clerk", TOWN_A), batch(
                "{\"id\":\"" + theirs + "\",\"version\":1,\"deleted\":true}",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"version\":1,\"deleted\":true}"));
        assertEquals(List.of("REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals(answer.getList("results[0].errors"), answer.getList("results[1].errors"));
        assertEquals(1, count("SELECT count(*) FROM sample WHERE id = '" + theirs + "'"));
    }

    @Test
    void deletionsLeaveTombstonesThatStaleUpdatesCannotRevive() {
        UUID id = UUID.randomUUID();
        upload(as("township-clerk", TOWN_A), batch(record(id, TOWN_A, "将删", null)));
        String delete = batch("{\"id\":\"" + id + "\",\"version\":1,\"deleted\":true}");
        JsonPath deleted = upload(as("township-clerk", TOWN_A), delete);
        assertEquals("UPDATED", deleted.getString("results[0].status"));
        assertTrue(deleted.getBoolean("results[0].deleted"));
        assertEquals(0, count("SELECT count(*) FROM sample WHERE id = '" + id + "'"));
        assertEquals("UNCHANGED", upload(as("township-clerk", TOWN_A), delete).getString("results[0].status"));
        JsonPath stale = upload(as("township-clerk", TOWN_A), batch(record(id, TOWN_A, "复活", 1L)));
        assertEquals("CONFLICT", stale.getString("results[0].status"));
        assertTrue(stale.getBoolean("results[0].deleted"));
        assertEquals(0, count("SELECT count(*) FROM sample WHERE id = '" + id + "'"));
    }

    @Test
    void aControlCharacterRejectsTheRecordNamingTheFieldAndTheRestIsStored() {
        UUID bad = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        JsonPath result = upload(as("township-clerk", TOWN_A),
                batch(record(bad, TOWN_A, "坏\\u0000名", null), record(good, TOWN_A, "好名", null)));
        assertEquals("REJECTED", result.getString("results[0].status"));
        assertEquals("name", result.getString("results[0].errors[0].field"));
        assertTrue(result.getString("results[0].errors[0].message").contains("控制字符"), result.prettify());
        assertEquals("CREATED", result.getString("results[1].status"));
        assertEquals(0, count("SELECT count(*) FROM sample WHERE id = '" + bad + "'"));
        assertEquals(1, count("SELECT count(*) FROM sample WHERE id = '" + good + "'"));
    }

    @Test
    void batchLimitsAndMalformedBodies() {
        String many = batch(java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "{}").toArray(String[]::new));
        as("township-clerk", TOWN_A).body(many).post(UPLOAD).then().statusCode(413).contentType("application/problem+json");
        as("township-clerk", TOWN_A).body("{\"records\": [").post(UPLOAD).then().statusCode(400);
        as("township-clerk", TOWN_A).body("{\"rows\": []}").post(UPLOAD).then().statusCode(400);
        as("township-clerk", TOWN_A).body(batch()).post("/test/sync/unknown").then().statusCode(404);
        as("provincial-reader", "430000000000").body(batch()).post(UPLOAD).then().statusCode(403);
        as("township-clerk", TOWN_A).queryParam("since", "nonsense").get(UPLOAD + "/changes").then().statusCode(400);
        as("township-clerk", TOWN_A).queryParam("limit", 5000).get(UPLOAD + "/changes").then().statusCode(400);
    }

    @Test
    void idempotencyKeysReplayRefuseOtherBodiesAndBlockConcurrentUse() throws Exception {
        String body = batch(record(UUID.randomUUID(), TOWN_A, "幂等", null));
        Response first = as("township-clerk", TOWN_A).header("Idempotency-Key", "key-1").body(body).post(UPLOAD);
        first.then().statusCode(200).body("results[0].status", equalTo("CREATED"));
        as("township-clerk", TOWN_A).header("Idempotency-Key", "key-1").body(body).post(UPLOAD).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("results[0].status", equalTo("CREATED"));
        as("township-clerk", TOWN_A).header("Idempotency-Key", "key-1").body(batch()).post(UPLOAD).then().statusCode(422);
        // keys belong to their caller: another caller's same key is a new request
        as("township-clerk", TOWN_B).header("Idempotency-Key", "key-1").body(batch()).post(UPLOAD).then().statusCode(200);

        // a request still running under the key: the second answers 409
        String running = batch(record(UUID.randomUUID(), TOWN_A, "处理中", null));
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO idempotency_key (caller, idempotency_key, request_hash, state, expires_at) VALUES (?, ?, ?, 'IN_PROGRESS', now() + interval '1 day')")) {
            st.setString(1, "township-clerk@" + TOWN_A);
            st.setString(2, "key-running");
            st.setString(3, cn.daxiang.justice.kit.sync.SyncEndpointAccess.hash("samples", running));
            st.executeUpdate();
        }
        as("township-clerk", TOWN_A).header("Idempotency-Key", "key-running").body(running).post(UPLOAD).then().statusCode(409);

        // two requests at once with one key: the batch is applied once
        UUID once = UUID.randomUUID();
        String concurrent = batch(java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> record(i == 0 ? once : UUID.randomUUID(), TOWN_A, "并发" + i, null)).toArray(String[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            statuses.add(pool.submit(() -> as("township-clerk", TOWN_A).header("Idempotency-Key", "key-concurrent")
                    .body(concurrent).post(UPLOAD).statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertTrue(codes.contains(200), codes.toString());
        assertTrue(codes.stream().allMatch(c -> c == 200 || c == 409), codes.toString());
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE entity_id = '" + once + "'"));
    }

    @Test
    void aKeyLeftInProgressByACrashedRunIsReleasedAfterItsLeaseAndTheRetryRunsOnce() throws Exception {
        String who = "township-clerk@" + TOWN_A;
        UUID id = UUID.randomUUID();
        String body = batch(record(id, TOWN_A, "崩溃后重试", null));
        // the crashed run: IN_PROGRESS since an hour ago, its lease long over
        insertInProgress(who, "key-crashed", SyncEndpointAccess.hash("samples", body), "1 hour");
        as("township-clerk", TOWN_A).header("Idempotency-Key", "key-crashed").body(body).post(UPLOAD).then().statusCode(200)
                .header("Idempotent-Replayed", (String) null).body("results[0].status", equalTo("CREATED"));
        as("township-clerk", TOWN_A).header("Idempotency-Key", "key-crashed").body(body).post(UPLOAD).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("results[0].status", equalTo("CREATED"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE entity_id = '" + id + "'"));
        assertEquals(1, count("SELECT count(*) FROM idempotency_key WHERE idempotency_key = 'key-crashed' AND state = 'DONE'"
                + " AND expires_at > now() + interval '23 hours'"));

        // another body under the stale key is still refused; a run within its lease still answers 409
        String other = batch(record(UUID.randomUUID(), TOWN_A, "另一请求", null));
        insertInProgress(who, "key-crashed-other", SyncEndpointAccess.hash("samples", body), "1 hour");
        as("township-clerk", TOWN_A).header("Idempotency-Key", "key-crashed-other").body(other).post(UPLOAD).then().statusCode(422);
        insertInProgress(who, "key-live", SyncEndpointAccess.hash("samples", body), "1 second");
        as("township-clerk", TOWN_A).header("Idempotency-Key", "key-live").body(body).post(UPLOAD).then().statusCode(409);
    }

    void insertInProgress(String caller, String key, String hash, String age) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO idempotency_key (caller, idempotency_key, request_hash, state, created_at, expires_at) "
                        + "VALUES (?, ?, ?, 'IN_PROGRESS', now() - CAST(? AS interval), now() + interval '1 day')")) {
            st.setString(1, caller);
            st.setString(2, key);
            st.setString(3, hash);
            st.setString(4, age);
            st.executeUpdate();
        }
    }

    @Test
    void twoUploadsOfOneVersionAtOnceGiveOneUpdateAndOneConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = UUID.randomUUID();
            upload(as("township-clerk", TOWN_A), batch(record(id, TOWN_A, "原", null)));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> answers = new ArrayList<>();
            for (String name : List.of("甲办", "乙办")) {
                answers.add(pool.submit(() -> upload(as("township-clerk", TOWN_A), batch(record(id, TOWN_A, name, 1L)))
                        .getString("results[0].status")));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<String> f : answers) {
                statuses.add(f.get());
            }
            pool.shutdown();
            statuses.sort(String::compareTo);
            assertEquals(List.of("CONFLICT", "UPDATED"), statuses);
            assertEquals(2, count("SELECT version FROM sample WHERE id = '" + id + "'"));
        }
    }

    @Test
    void aLateCommitIsNeverSkipped() throws Exception {
        String reader = "430503008000";
        // writer A takes its transaction id first and commits last
        Connection a = dataSource.getConnection();
        a.setAutoCommit(false);
        UUID slow = ChangeFeedScopeTest.insert(a, reader);
        // writer B writes and commits in between
        UUID fast = UUID.randomUUID();
        upload(as("township-clerk", reader), batch(record(fast, reader, "快", null)));

        Map<UUID, Long> mirror = new HashMap<>();
        String cursor = pullAll(reader, null, mirror);
        assertFalse(mirror.containsKey(slow));
        a.commit();
        a.close();
        pullAll(reader, cursor, mirror);
        assertTrue(mirror.containsKey(slow), "the late commit must reach the mirror");
        assertTrue(mirror.containsKey(fast));
    }

    @Test
    void theFeedMirrorsConcurrentWritersExactly() throws Exception {
        String town = "430503009000";
        Map<UUID, Long> known = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        Map<UUID, Long> mirror = new HashMap<>();
        for (int w = 0; w < 3; w++) {
            int seed = w;
            writers.add(pool.submit(() -> {
                Random random = new Random(seed);
                RequestSpecification who = as("township-clerk", town);
                for (int i = 0; i < 25; i++) {
                    List<String> records = new ArrayList<>();
                    for (int r = 0; r < 4; r++) {
                        List<UUID> ids = new ArrayList<>(known.keySet());
                        int op = ids.isEmpty() ? 0 : random.nextInt(3);
                        if (op == 0) {
                            records.add(record(UUID.randomUUID(), town, "w" + seed + "-" + i, null));
                        } else {
                            UUID id = ids.get(random.nextInt(ids.size()));
                            Long version = known.get(id);
                            records.add(op == 1 ? record(id, town, "u" + random.nextInt(1000), version)
                                    : "{\"id\":\"" + id + "\",\"version\":" + version + ",\"deleted\":true}");
                        }
                    }
                    JsonPath answer = upload(as("township-clerk", town), batch(records.toArray(String[]::new)));
                    for (Map<String, Object> result : answer.<Map<String, Object>>getList("results")) {
                        UUID id = UUID.fromString((String) result.get("id"));
                        if (Boolean.TRUE.equals(result.get("deleted"))) {
                            known.remove(id);
                        } else if (result.get("version") != null && !"REJECTED".equals(result.get("status"))) {
                            known.put(id, ((Number) result.get("version")).longValue());
                        }
                    }
                }
                return null;
            }));
        }
        // a reader pulls while the writers write
        String cursor = null;
        for (int i = 0; i < 10; i++) {
            cursor = pullAll(town, cursor, mirror);
            Thread.sleep(50);
        }
        for (Future<?> f : writers) {
            f.get();
        }
        pool.shutdown();
        pullAll(town, cursor, mirror);
        Map<UUID, Long> server = new HashMap<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, version FROM sample WHERE org_unit = '" + town + "'")) {
            while (rs.next()) {
                server.put((UUID) rs.getObject(1), rs.getLong(2));
            }
        }
        assertFalse(server.isEmpty());
        assertEquals(server, mirror);
    }

    /** Pulls the feed until it is empty into the mirror (id → version; deletions remove). */
    String pullAll(String orgUnit, String since, Map<UUID, Long> mirror) {
        String cursor = since;
        while (true) {
            RequestSpecification spec = as("township-clerk", orgUnit).queryParam("limit", 7);
            if (cursor != null) {
                spec = spec.queryParam("since", cursor);
            }
            JsonPath page = spec.get(UPLOAD + "/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            cursor = page.getString("nextCursor");
            if (changes.isEmpty()) {
                return cursor;
            }
            for (Map<String, Object> change : changes) {
                UUID id = UUID.fromString((String) change.get("id"));
                if (Boolean.TRUE.equals(change.get("deleted"))) {
                    mirror.remove(id);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> record = (Map<String, Object>) change.get("record");
                    mirror.put(id, ((Number) record.get("version")).longValue());
                }
            }
        }
    }

    long count(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
