package cn.daxiang.justice.devsupport;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The access log of personal records as every line serves it (the kit's {@code AccessLogResource}),
 * inherited by each line's {@code @QuarkusTest} access-log test, which adds what its own reads record.
 */
public abstract class AccessLogChecks {

    protected static final String DISTRICT = "430503000000";
    protected static final String TOWNSHIP = "430503001000";
    protected static final String PROVINCE = "430000000000";

    /** The line's root, e.g. {@code /api/v1/legal-aid}. */
    protected abstract String lineRoot();

    protected String accessLog() {
        return lineRoot() + "/access-log";
    }

    protected static RequestSpecification as(String user, String role, String orgUnit) {
        return given().auth().oauth2(DevTokens.token(user, role, orgUnit)).contentType(ContentType.JSON);
    }

    /** One page of the access log as the district admin reads it. */
    protected JsonPath log(String query) {
        return as("log-admin", "district-admin", DISTRICT).get(accessLog() + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void onlyTheDistrictAdminReadsTheAccessLog() {
        as("clerk-curious", "township-clerk", TOWNSHIP).get(accessLog()).then().statusCode(403).contentType("application/problem+json");
        as("province", "provincial-reader", PROVINCE).get(accessLog()).then().statusCode(403);
        as("evaluator", "evaluator", DISTRICT).get(accessLog()).then().statusCode(403);
        given().get(accessLog()).then().statusCode(401);
    }

    @Test
    void aRecordNobodyReadHasNoRow() {
        assertEquals(0, log("?recordId=" + UUID.randomUUID()).getInt("totalItems"));
    }

    @Test
    void theContractPublishesTheAccessLogForTheDistrictAdmin() {
        String segment = lineRoot().replaceAll(".*/api/v1/([a-z-]+)$", "$1");
        StringBuilder line = new StringBuilder();
        for (String part : segment.split("-")) {
            line.append(line.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        String path = "paths.'" + accessLog() + "'.get";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(path + ".operationId", equalTo(line + "AccessLog"))
                .body(path + ".tags", equalTo(List.of(segment + "-access-log")))
                .body(path + ".'x-roles'", equalTo(List.of("district-admin")))
                .body(path + ".responses.keySet()", hasItems("200", "400", "401", "403"))
                .body(path + ".parameters.name", hasItems("recordId", "user", "from", "to", "page", "size"));
    }
}
