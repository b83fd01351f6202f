package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.AccessLogChecks;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.acceptedCase;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who read which application and case: one access-log row per read, read by the district admin only. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AccessLogTest extends AccessLogChecks {

    @Override
    protected String lineRoot() {
        return BASE;
    }

    @Test
    void readingACaseIsFoundUnderItsApplicationAndTheApplicationsReadToo() {
        String caseId = acceptedCase(LUOSHI, "CIVIL", "2024-03-01", "2024-03-05", null).toString();
        String application = as("clerk-reader", "township-clerk", LUOSHI).header("X-Request-Id", "req-case-read-0001")
                .get(BASE + "/cases/" + caseId).then().statusCode(200).extract().path("applicationId");
        as("clerk-reader", "township-clerk", LUOSHI).get(BASE + "/applications/" + application).then().statusCode(200);

        JsonPath rows = log("?recordId=" + application + "&sort=occurredAt,asc");
        assertEquals(2, rows.getInt("totalItems"));
        assertEquals(List.of(caseId, application), rows.getList("items[0].recordIds"));
        assertEquals("req-case-read-0001", rows.getString("items[0].requestId"));
        assertEquals("clerk-reader", rows.getString("items[0].user"));
        assertEquals(List.of(application), rows.getList("items[1].recordIds"));
        assertEquals(1, log("?recordId=" + caseId).getInt("totalItems"));
        assertEquals(0, log("?recordId=" + UUID.randomUUID()).getInt("totalItems"));
    }

}
