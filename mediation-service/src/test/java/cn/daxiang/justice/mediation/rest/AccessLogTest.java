package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.AccessLogChecks;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who read which dispute and its parties: one access-log row per read, read by the district admin only. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AccessLogTest extends AccessLogChecks {

    @Override
    protected String lineRoot() {
        return BASE;
    }

    @Test
    void readingADisputeWithItsPartiesAndListingDisputesAreRecorded() {
        UUID committee = committee(LUOSHI);
        String id = UUID.randomUUID().toString();
        as("clerk-writer", "township-clerk", LUOSHI).body(DisputeResourceTest.body(UUID.fromString(id), LUOSHI, committee, ""))
                .post(BASE + "/disputes").then().statusCode(201);
        as("clerk-reader", "township-clerk", LUOSHI).header("X-Request-Id", "req-dispute-read-0001")
                .get(BASE + "/disputes/" + id).then().statusCode(200);
        List<String> listed = as("clerk-reader", "township-clerk", LUOSHI).get(BASE + "/disputes?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items.id");

        JsonPath rows = log("?user=clerk-reader&sort=occurredAt,asc");
        assertEquals(2, rows.getInt("totalItems"));
        assertEquals(List.of(id), rows.getList("items[0].recordIds"));
        assertEquals("req-dispute-read-0001", rows.getString("items[0].requestId"));
        assertEquals(listed, rows.getList("items[1].recordIds"));
        assertEquals(2, log("?recordId=" + id).getInt("totalItems"), "creating the dispute is no read");
    }

}
