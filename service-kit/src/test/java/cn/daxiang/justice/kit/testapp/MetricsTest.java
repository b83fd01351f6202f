package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.batch;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meters on {@code /q/metrics} as Prometheus scrapes them: the sync batches, the feed's lag, the pool and the
 * overdue items, with their low-cardinality tags; and every name the Grafana dashboard may use is there.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MetricsTest {

    // a township no other test class writes in
    static final String TOWN = OrgUnits.TOWNSHIPS.get(11);
    static final Path DASHBOARD_NAMES = Path.of(System.getProperty("platform.root", ".."), "deploy", "grafana", "metric-names.txt");

    static String scrape() {
        return RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the series {@code name} whose labels include every {@code label="value"} given, 0 when absent. */
    static double value(String scrape, String name, String... labels) {
        return scrape.lines().filter(l -> l.startsWith(name + "{") && Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static Set<String> names(String scrape) {
        return scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }

    @Test
    void aStoredBatchCountsOnceWithItsRecordsByResultAndItsDuration() {
        String before = scrape();
        String samples = "entity=\"samples\"";
        as("township-clerk", TOWN).body(batch(record(UUID.randomUUID(), TOWN, "计量一", null), record(UUID.randomUUID(), TOWN, "计量二", null),
                record(UUID.randomUUID(), TOWN, "计量三", null).replace("11010519491231002X", "110105194912310021")))
                .post(SyncProtocolTest.UPLOAD).then().statusCode(200);
        String after = scrape();
        String stored = "outcome=\"stored\"";
        assertEquals(1, value(after, "platform_sync_batches_total", samples, stored) - value(before, "platform_sync_batches_total", samples, stored));
        assertEquals(2, value(after, "platform_sync_records_total", samples, "result=\"created\"")
                - value(before, "platform_sync_records_total", samples, "result=\"created\""));
        assertEquals(1, value(after, "platform_sync_records_total", samples, "result=\"rejected\"")
                - value(before, "platform_sync_records_total", samples, "result=\"rejected\""));
        assertEquals(3, value(after, "platform_sync_batch_records_sum", samples) - value(before, "platform_sync_batch_records_sum", samples));
        assertEquals(1, value(after, "platform_sync_batch_duration_seconds_count", samples, stored)
                - value(before, "platform_sync_batch_duration_seconds_count", samples, stored));
        assertTrue(after.contains("platform_sync_batch_duration_seconds_bucket{application=\"service-kit\",entity=\"samples\",outcome=\"stored\",le=\"1.0\"}"),
                "the duration's fixed buckets, tagged by the service: " + after.lines().filter(l -> l.startsWith("platform_sync_batch_duration")).toList());
    }

    @Test
    void refusedBatchesCountApartAndAnUnknownResourceNeverBecomesATag() {
        String before = scrape();
        as("township-clerk", TOWN).body("{\"records\":{}}").post(SyncProtocolTest.UPLOAD).then().statusCode(400);
        as("township-clerk", TOWN).body(batch()).post("/test/sync/no-such-resource").then().statusCode(404);
        String after = scrape();
        String refused = "outcome=\"refused\"";
        assertEquals(1, value(after, "platform_sync_batches_total", "entity=\"samples\"", refused)
                - value(before, "platform_sync_batches_total", "entity=\"samples\"", refused));
        assertFalse(after.contains("no-such-resource"));
    }

    @Test
    void aFeedPageWithChangesRecordsHowOldItsOldestChangeIs() {
        as("township-clerk", TOWN).body(batch(record(UUID.randomUUID(), TOWN, "滞后", null))).post(SyncProtocolTest.UPLOAD).then().statusCode(200);
        String before = scrape();
        as("township-clerk", TOWN).get(SyncProtocolTest.UPLOAD + "/changes?limit=1000").then().statusCode(200);
        String after = scrape();
        assertEquals(1, value(after, "platform_sync_feed_lag_seconds_count", "entity=\"samples\"")
                - value(before, "platform_sync_feed_lag_seconds_count", "entity=\"samples\""));
        assertTrue(value(after, "platform_sync_feed_lag_seconds_max", "entity=\"samples\"") >= 0);
    }

    @Test
    void theConnectionPoolIsMeasured() {
        String scrape = scrape();
        assertTrue(value(scrape, "agroal_max_used_count", "datasource=\"default\"") >= 1, "the pool has served a connection");
        assertTrue(scrape.contains("agroal_awaiting_count{"), "requests waiting for a connection");
    }

    @Test
    void everyNameTheDashboardMayUseIsExposed() throws IOException {
        // a request and a batch first, so that the meters made on first use exist
        as("township-clerk", TOWN).body(batch(record(UUID.randomUUID(), TOWN, "名称", null))).post(SyncProtocolTest.UPLOAD).then().statusCode(200);
        as("township-clerk", TOWN).get(SyncProtocolTest.UPLOAD + "/changes?limit=1000").then().statusCode(200);
        Set<String> exposed = names(scrape());
        List<String> listed = Files.readAllLines(DASHBOARD_NAMES).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertFalse(listed.isEmpty());
        List<String> missing = listed.stream().filter(n -> !exposed.contains(n)).toList();
        assertTrue(missing.isEmpty(), "listed in " + DASHBOARD_NAMES + " but not exposed: " + missing);
    }
}
