package cn.daxiang.justice.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a replica's end does to a client's batch: Kubernetes stops a pod with SIGTERM (a rollout, a
 * drained node), a lost host is a {@code kill -9}. Neither may lose what was acknowledged, and the
 * client's retry with its Idempotency-Key completes the batch once.
 */
@ExtendWith(SharedPlatform.class)
class ReplicaLifecycleThroughGatewayIT {

    private static final String SYNC = "/api/v1/mediation/sync/disputes";
    private static final String TOWN = LUOSHI;

    private final Platform platform = SharedPlatform.get();

    /** A batch sent and running on the service: its key is held IN_PROGRESS. */
    private record InFlight(List<Map<String, Object>> batch, String key, CompletableFuture<Response> upload) {
    }

    @Test
    void aServiceStoppedWithSigtermFinishesTheBatchInFlightAndAcknowledgesIt() throws Exception {
        InFlight running = sendAndAwaitInProgress();
        platform.stop("mediation-service");
        try {
            Response answer = running.upload().join();
            assertEquals(200, answer.statusCode(), answer.asString());
            assertEquals(300, answer.jsonPath().getInt("summary.created"));
            assertEquals(300, stored(running.batch()));
        } finally {
            platform.restart("mediation-service");
        }
    }

    @Test
    void aServiceKilledMidBatchLosesNothingAndTheRetryWithTheSameKeyCompletesOnce() throws Exception {
        InFlight running = sendAndAwaitInProgress();
        List<Map<String, Object>> batch = running.batch();
        String key = running.key();
        platform.kill("mediation-service");
        // the client saw no acknowledgement (the gateway answers 502): nothing of the batch may be half there
        assertEquals(502, running.upload().join().statusCode());
        assertEquals(0, stored(batch));
        // the dead run's key is taken over once its lease has run out (a short lease here, 60 s by default)
        platform.restart("mediation-service", Map.of("PLATFORM_IDEMPOTENCY_LEASE", "2s"));
        try {
            Thread.sleep(2_500);
            Response retry = send(key, batch);
            assertEquals(200, retry.statusCode(), retry.asString());
            assertEquals(300, retry.jsonPath().getInt("summary.created"));
            assertEquals(300, stored(batch));
            Response again = send(key, batch);
            assertEquals(retry.asString(), again.asString(), "the stored answer is replayed");
        } finally {
            platform.stop("mediation-service");
            platform.restart("mediation-service");
        }
    }

    private static Response send(String key, List<Map<String, Object>> batch) {
        return clerk(TOWN).header("Idempotency-Key", key).body(Map.of("records", batch)).post(SYNC);
    }

    /** Sends 300 disputes and waits until the service holds their key IN_PROGRESS: the batch has reached it and runs. */
    private InFlight sendAndAwaitInProgress() throws Exception {
        List<Map<String, Object>> batch = disputes(committee(), 300);
        String key = "batch-" + UUID.randomUUID();
        InFlight running = new InFlight(batch, key, CompletableFuture.supplyAsync(() -> send(key, batch)));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (platform.column("SELECT state FROM mediation.idempotency_key WHERE idempotency_key = '" + key + "'")
                    .contains("IN_PROGRESS")) {
                return running;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the batch never reached the service");
    }

    private int stored(List<Map<String, Object>> batch) throws Exception {
        List<String> ids = batch.stream().map(d -> "'" + d.get("id") + "'").toList();
        return Integer.parseInt(platform.column("SELECT count(*) FROM mediation.dispute WHERE id IN ("
                + String.join(",", ids) + ")").get(0));
    }

    private static String committee() {
        String id = UUID.randomUUID().toString();
        Api.upload(() -> clerk(TOWN), "mediation", "committees", List.of(Map.of("id", id, "orgUnit", TOWN,
                "name", "人民调解委员会（批次）", "level", "TOWNSHIP", "termStart", "2015-01-01", "status", "ACTIVE")));
        return id;
    }

    /** {@code count} new disputes of the test township under {@code committee}, dates as strings (no JSON mapper needed). */
    static List<Map<String, Object>> disputes(String committee, int count) {
        List<Map<String, Object>> disputes = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            Map<String, Object> dispute = new LinkedHashMap<>();
            dispute.put("id", UUID.randomUUID().toString());
            dispute.put("orgUnit", TOWN);
            dispute.put("committeeId", committee);
            dispute.put("registeredOn", LocalDate.of(2023, 3, 1).plusDays(d % 200).toString());
            dispute.put("source", "APPLICATION");
            dispute.put("category", "NEIGHBOURHOOD");
            dispute.put("summary", "相邻通行纠纷");
            dispute.put("parties", List.of(Map.of("name", "当事人甲" + d, "role", "APPLICANT"),
                    Map.of("name", "当事人乙" + d, "role", "RESPONDENT")));
            disputes.add(dispute);
        }
        return disputes;
    }
}
