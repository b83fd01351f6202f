package cn.daxiang.justice.legalaid;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.acceptedCase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who read which application and case: one access-log row per read, read by the district admin only. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AccessLogTest {

    static final String LOG = BASE + "/access-log";

    static RequestSpecification as(String user, String role, String orgUnit) {
        return given().auth().oauth2(DevTokens.token(user, role, orgUnit)).contentType(ContentType.JSON);
    }

    static JsonPath log(String query) {
        return as("log-admin", "district-admin", DISTRICT).get(LOG + query).then().statusCode(200).extract().jsonPath();
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

    @Test
    void onlyTheDistrictAdminReadsTheAccessLog() {
        as("clerk", "township-clerk", LUOSHI).get(LOG).then().statusCode(403).contentType("application/problem+json");
        as("province", "provincial-reader", PROVINCE).get(LOG).then().statusCode(403);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/legal-aid/access-log'.get.operationId", equalTo("legalAidAccessLog"));
    }
}
