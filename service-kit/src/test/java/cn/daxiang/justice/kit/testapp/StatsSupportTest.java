package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Stats answers are scoped, period-bound and shaped as the conventions say. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class StatsSupportTest {

    static final String TOWN = "430503203000";
    static final String OTHER = "430503011000";

    static RequestSpecification as(String role, String orgUnit) {
        return given().auth().oauth2(DevTokens.token(role, role, orgUnit));
    }

    static void create(String orgUnit, String kind, String date) {
        as("district-admin", "430503000000").contentType(ContentType.JSON).body("""
                {"orgUnit":"%s","name":"统计","kind":"%s","amount":1,"happenedOn":"%s"}
                """.formatted(orgUnit, kind, date)).post("/test/samples").then().statusCode(201);
    }

    @Test
    void countsInThePeriodAndBelowTheOrgUnit() {
        create(TOWN, "ALPHA", "2020-06-01");
        create(TOWN, "BETA", "2021-06-01");
        create(TOWN, "BETA", "2021-12-31");
        create(OTHER, "BETA", "2021-06-01");
        as("township-clerk", TOWN).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/test/samples/stats").then().statusCode(200)
                .body("orgUnit", equalTo(TOWN)).body("from", equalTo("2021-01-01")).body("to", equalTo("2021-12-31"))
                .body("asOf", notNullValue())
                .body("metrics.'sample.total'", equalTo(2)).body("metrics.'sample.beta'", equalTo(2));
        // an open start means since the beginning (累计)
        as("township-clerk", TOWN).queryParam("to", "2021-12-31").get("/test/samples/stats").then().statusCode(200)
                .body("metrics.'sample.total'", equalTo(3));
    }

    @Test
    void refusesPeriodsBackwardsAndOrgUnitsOutsideTheScope() {
        as("township-clerk", TOWN).queryParam("orgUnit", OTHER).get("/test/samples/stats").then().statusCode(403);
        as("township-clerk", TOWN).queryParam("orgUnit", "430503000000").get("/test/samples/stats").then().statusCode(403);
        as("district-admin", "430503000000").queryParam("orgUnit", "430503999000").get("/test/samples/stats").then()
                .statusCode(400).body("errors.field", hasItem("orgUnit"));
        as("township-clerk", TOWN).queryParam("from", "2021-12-31").queryParam("to", "2021-01-01")
                .get("/test/samples/stats").then().statusCode(400).body("errors.field", hasItem("from"));
        as("township-clerk", TOWN).queryParam("to", "2021-13-01").get("/test/samples/stats").then().statusCode(400);
    }
}
