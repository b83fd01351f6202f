package cn.daxiang.justice.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two gateways and two replicas of the mediation line on one PostgreSQL, behind Debian's HAProxy on loopback, as
 * Kubernetes runs them (README "Running at province scale"): the replicas share nothing but the database, so
 * migrations, idempotency keys and the change feed must hold across them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasBehindHaproxyIT {

    private static final String TOWN = LUOSHI;
    private static final String A = "mediation-a";
    private static final String B = "mediation-b";

    private Platform platform;
    private Haproxy haproxy;
    private String committee;

    @BeforeAll
    void startTwoOfEach() throws Exception {
        platform = Platform.empty();
        for (String instance : List.of(A, B)) {
            platform.add(instance, "mediation-service");
        }
        for (String instance : List.of("gateway-a", "gateway-b")) {
            platform.add(instance, "gateway");
        }
        Map<String, List<Integer>> backends = new LinkedHashMap<>();
        backends.put("gateways", List.of(platform.port("gateway-a"), platform.port("gateway-b")));
        backends.put("mediation", List.of(platform.port(A), platform.port(B)));
        haproxy = new Haproxy(platform.logs(), backends);
        // a short idempotency lease, so that a dead replica's key is taken over within the test
        Map<String, String> env = Map.of("MEDIATION_URL", haproxy.url("mediation"), "GATEWAY_TRUSTED_PROXIES", "127.0.0.1",
                "PLATFORM_IDEMPOTENCY_LEASE", "2s");
        // both replicas at once on the empty schema, as a Deployment's first rollout starts them
        for (String instance : List.of(A, B, "gateway-a", "gateway-b")) {
            platform.launch(instance, env);
        }
        for (String instance : List.of(A, B, "gateway-a", "gateway-b")) {
            platform.awaitReady(instance);
        }
        awaitBothInRotation();
        committee = committee();
    }

    @AfterAll
    void stop() throws Exception {
        if (haproxy != null) {
            haproxy.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void bothReplicasStartedAtOnceOnAnEmptySchemaApplyEachMigrationOnce() throws Exception {
        Path migrations = Path.of(System.getProperty("platform.root", "..")).resolve("mediation-service/src/main/resources/db/migration");
        long versions;
        try (Stream<Path> files = Files.list(migrations)) {
            versions = files.filter(f -> f.getFileName().toString().startsWith("V")).count();
        }
        assertEquals(String.valueOf(versions), platform.column("SELECT count(*) FROM mediation.flyway_schema_history "
                + "WHERE type = 'SQL' AND success").get(0), "each of the line's migrations applied once");
        for (String history : List.of("flyway_schema_history", "flyway_kit_history")) {
            assertEquals(List.of(), platform.column("SELECT coalesce(version, description) FROM mediation." + history
                    + " GROUP BY coalesce(version, description) HAVING count(*) > 1"), history + ": nothing applied twice");
            assertEquals("0", platform.column("SELECT count(*) FROM mediation." + history + " WHERE NOT success").get(0));
        }
    }

    @Test
    @Order(2)
    void oneIdempotencyKeySentToOneReplicaThenTheOtherIsReplayed() throws Exception {
        List<Map<String, Object>> batch = disputes(20);
        String key = "two-replicas-" + UUID.randomUUID();
        Response first = send(platform.directUrl(A), key, batch);
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(20, first.jsonPath().getInt("summary.created"));
        Response second = send(platform.directUrl(B), key, batch);
        assertEquals(200, second.statusCode());
        assertEquals(first.asString(), second.asString(), "the other replica replays the stored answer");
        assertEquals(20, stored(batch));
    }

    @Test
    @Order(3)
    void feedPagesAlternatingBetweenReplicasWhileOthersWriteHaveNoGapOrDuplicate() throws Exception {
        List<Map<String, Object>> written = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> uploads = new ArrayList<>();
        try {
            for (int w = 0; w < 4; w++) {
                List<List<Map<String, Object>>> batches = List.of(disputes(25), disputes(25), disputes(25), disputes(25));
                batches.forEach(written::addAll);
                uploads.add(writers.submit(() -> batches.forEach(batch -> {
                    Response answer = send(haproxy.url("gateways"), "feed-" + UUID.randomUUID(), batch);
                    assertEquals(200, answer.statusCode(), answer.asString());
                })));
            }
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int page = 0;
            boolean writing = true;
            int emptyAfterWriting = 0;
            while (emptyAfterWriting < 2) {
                String replica = platform.directUrl(page++ % 2 == 0 ? A : B);
                RequestSpecification request = clerk(TOWN).baseUri(replica).queryParam("limit", 25);
                if (cursor != null) {
                    request.queryParam("since", cursor);
                }
                Response changes = request.get("/api/v1/mediation/sync/disputes/changes");
                assertEquals(200, changes.statusCode(), changes.asString());
                List<Map<String, Object>> items = changes.jsonPath().getList("changes");
                items.forEach(c -> seen.add(c.get("id") + "@" + c.get("version")));
                cursor = changes.jsonPath().getString("nextCursor");
                if (!writing && items.isEmpty()) {
                    emptyAfterWriting++;
                }
                writing = uploads.stream().anyMatch(u -> !u.isDone());
            }
            for (Future<?> upload : uploads) {
                upload.get();
            }
            Set<String> unique = new HashSet<>(seen);
            assertEquals(seen.size(), unique.size(), "no change twice");
            for (Map<String, Object> dispute : written) {
                assertTrue(unique.contains(dispute.get("id") + "@1"), "the feed skipped " + dispute.get("id"));
            }
            assertTrue(page > 8, "the pages alternated between the replicas");
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void aReplicaKilledMidBatchLosesNothingAcknowledgedAndTheClientCompletesOnTheOther() throws Exception {
        List<Map<String, Object>> onA = disputes(300);
        List<Map<String, Object>> onB = disputes(300);
        String keyA = "kill-" + UUID.randomUUID();
        String keyB = "kill-" + UUID.randomUUID();
        // one batch running on each replica (sent to each directly: the balancer's choice is not the test's to make)
        CompletableFuture<Response> toA = CompletableFuture.supplyAsync(() -> send(platform.directUrl(A), keyA, onA));
        CompletableFuture<Response> toB = CompletableFuture.supplyAsync(() -> send(platform.directUrl(B), keyB, onB));
        awaitInProgress(keyA);
        awaitInProgress(keyB);
        platform.kill(A);
        Response acknowledged = toB.join();
        assertEquals(200, acknowledged.statusCode(), acknowledged.asString());
        assertEquals(300, stored(onB), "the batch the surviving replica acknowledged is all there");
        assertTrue(toA.handle((answer, failure) -> failure != null).join(), "the killed replica's client got no answer");
        assertEquals(0, stored(onA), "the batch of the killed replica is not half there");
        // the client retries through the load balancer, which now sends everything to the survivor
        Response completed = retryUntilLeaseTakenOver(keyA, onA);
        assertEquals("r1", completed.header("X-Replica-mediation"));
        assertEquals(300, completed.jsonPath().getInt("summary.created"), "the retry completes the batch once");
        assertEquals(300, stored(onA));
        Response replayed = retryUntilLeaseTakenOver(keyB, onB);
        assertEquals(acknowledged.asString(), replayed.asString(), "the acknowledged answer is replayed");
        assertEquals(300, stored(onB));
    }

    /** Retries through the load balancer with the same key; 409 while the dead replica's lease runs. */
    private Response retryUntilLeaseTakenOver(String key, List<Map<String, Object>> batch) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Response retry = send(haproxy.url("gateways"), key, batch);
        while (retry.statusCode() == 409 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            retry = send(haproxy.url("gateways"), key, batch);
        }
        assertEquals(200, retry.statusCode(), retry.asString());
        return retry;
    }

    private void awaitInProgress(String key) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (platform.column("SELECT state FROM mediation.idempotency_key WHERE idempotency_key = '" + key + "'")
                    .contains("IN_PROGRESS")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the batch " + key + " never reached a replica");
    }

    /** Until HAProxy's checks have put both replicas in rotation (each answers once in a few requests). */
    private void awaitBothInRotation() throws InterruptedException {
        Set<String> answered = new HashSet<>();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (answered.size() < 2 && System.nanoTime() < deadline) {
            Response ready = io.restassured.RestAssured.given().baseUri(haproxy.url("mediation")).get("/q/health/ready");
            if (ready.statusCode() == 200) {
                answered.add(ready.header("X-Replica-mediation"));
            }
            Thread.sleep(100);
        }
        assertEquals(Set.of("r0", "r1"), answered, "both replicas in HAProxy's rotation");
    }

    private static Response send(String baseUri, String key, List<Map<String, Object>> batch) {
        return clerk(TOWN).baseUri(baseUri).header("Idempotency-Key", key).body(Map.of("records", batch))
                .post("/api/v1/mediation/sync/disputes");
    }

    private int stored(List<Map<String, Object>> batch) throws Exception {
        List<String> ids = batch.stream().map(d -> "'" + d.get("id") + "'").toList();
        return Integer.parseInt(platform.column("SELECT count(*) FROM mediation.dispute WHERE id IN ("
                + String.join(",", ids) + ")").get(0));
    }

    private String committee() {
        String id = UUID.randomUUID().toString();
        Response created = clerk(TOWN).baseUri(haproxy.url("gateways")).body(Map.of("records", List.of(Map.of("id", id,
                        "orgUnit", TOWN, "name", "人民调解委员会（两副本）", "level", "TOWNSHIP", "termStart", "2015-01-01",
                        "status", "ACTIVE")))).post("/api/v1/mediation/sync/committees");
        assertEquals(200, created.statusCode(), created.asString());
        return id;
    }

    private List<Map<String, Object>> disputes(int count) {
        return ReplicaLifecycleThroughGatewayIT.disputes(committee, count);
    }
}
