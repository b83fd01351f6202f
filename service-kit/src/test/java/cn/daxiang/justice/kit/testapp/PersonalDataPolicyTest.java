package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.DISTRICT;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.TOWN_A;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.UPLOAD;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.batch;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.record;
import static cn.daxiang.justice.kit.testapp.SyncProtocolTest.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The kit's one masking policy, per role and kind of read, on the kit's own paths (lists, feed, sync, replays). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PersonalDataPolicyTest {

    static final String CLEAR_ID = "11010519491231002X";
    static final String MASKED_ID = "110105********002X";

    @Inject
    AgroalDataSource dataSource;

    UUID sample(String name) {
        UUID id = UUID.randomUUID();
        upload(as("township-clerk", TOWN_A), batch(record(id, TOWN_A, name, null)));
        return id;
    }

    @Test
    void aDistrictAdminSeesAPersonInClearOnlyOneRecordAtATime() {
        UUID id = sample("钱多多");
        as("district-admin", DISTRICT).get("/test/samples/" + id).then().statusCode(200)
                .body("name", equalTo("钱多多")).body("idNumber", equalTo(CLEAR_ID));
        as("district-admin", DISTRICT).queryParam("namePrefix", "钱").queryParam("size", 100).get("/test/samples").then().statusCode(200)
                .body("items.name", hasItem("钱**")).body("items.name", not(hasItem("钱多多")))
                .body("items.idNumber", not(hasItem(CLEAR_ID)));
        JsonPath feed = as("district-admin", DISTRICT).queryParam("limit", 1000).get(UPLOAD + "/changes")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(feed.prettify().contains("钱多多"));
        assertFalse(feed.prettify().contains(CLEAR_ID));
    }

    @Test
    void aTownshipClerkSeesItsOwnRecordsInFullInBulkForItsMirror() {
        UUID id = sample("孙小美");
        as("township-clerk", TOWN_A).queryParam("size", 100).get("/test/samples").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.name", equalTo("孙小美"))
                .body("items.find { it.id == '" + id + "' }.idNumber", equalTo(CLEAR_ID));
        JsonPath feed = as("township-clerk", TOWN_A).queryParam("limit", 1000).get(UPLOAD + "/changes")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(CLEAR_ID, feed.getString("changes.find { it.id == '" + id + "' }.record.idNumber"));
    }

    @Test
    void readOnlyRolesNeverSeeAPersonInClear() {
        UUID id = sample("周大福");
        // the sample resource admits no evaluator; the lines' tests cover that role
        as("provincial-reader", DISTRICT).get("/test/samples/" + id).then().statusCode(200)
                .body("name", equalTo("周**")).body("idNumber", equalTo(MASKED_ID));
        as("provincial-reader", DISTRICT).queryParam("size", 100).get("/test/samples").then().statusCode(200)
                .body("items.name", not(hasItem("周大福"))).body("items.idNumber", not(hasItem(CLEAR_ID)));
    }

    @Test
    void anIdempotencyKeyKeepsNoPersonalDataAndItsReplayShowsTheRecordAsItIsNow() throws SQLException {
        UUID id = sample("吴用");
        upload(as("township-clerk", TOWN_A), batch(record(id, TOWN_A, "吴用之", 1L)));
        String stale = batch(record(id, TOWN_A, "吴旧", 1L));
        as("township-clerk", TOWN_A).header("Idempotency-Key", "policy-conflict").body(stale).post(UPLOAD).then()
                .statusCode(200).body("results[0].status", equalTo("CONFLICT")).body("results[0].current.name", equalTo("吴用之"));

        String kept = storedAnswer("policy-conflict");
        assertFalse(kept.contains("吴用之"), kept);
        assertFalse(kept.contains(CLEAR_ID), kept);

        upload(as("township-clerk", TOWN_A), batch(record(id, TOWN_A, "吴学究", 2L)));
        as("township-clerk", TOWN_A).header("Idempotency-Key", "policy-conflict").body(stale).post(UPLOAD).then()
                .statusCode(200).header("Idempotent-Replayed", "true")
                .body("results[0].status", equalTo("CONFLICT")).body("results[0].version", equalTo(2))
                .body("results[0].current.name", equalTo("吴学究")).body("results[0].current.version", equalTo(3))
                .body("results[0].current.idNumber", equalTo(CLEAR_ID));
    }

    private String storedAnswer(String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT response_body FROM idempotency_key WHERE idempotency_key = '" + key + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
