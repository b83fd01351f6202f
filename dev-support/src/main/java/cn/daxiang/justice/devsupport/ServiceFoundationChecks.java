package cn.daxiang.justice.devsupport;

import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What every service must do from its first day, inherited by each service's
 * {@code @QuarkusTest @QuarkusTestResource(EmbeddedPostgresResource.class)} foundation test.
 */
public abstract class ServiceFoundationChecks {

    protected static final String DISTRICT = "430503000000";

    @Inject
    protected AgroalDataSource dataSource;

    /** A collection the service protects, e.g. {@code /api/v1/mediation/committees}. */
    protected abstract String protectedCollection();

    /** A role that must not read that collection. */
    protected abstract String roleWithoutAccess();

    /** Another service's schema, which this service's role must not read. */
    protected abstract String foreignSchema();

    @Test
    void readinessIsUpWhenTheDatabaseAnswers() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        RestAssured.get("/q/health/live").then().statusCode(200);
    }

    @Test
    void openApiAndMetricsAreServed() {
        RestAssured.get("/q/openapi?format=json").then().statusCode(200).body(containsString(protectedCollection()));
        RestAssured.get("/q/metrics").then().statusCode(200);
    }

    @Test
    void noTokenIs401ProblemDetails() {
        given().get(protectedCollection()).then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void wrongRoleIs403ProblemDetails() {
        given().auth().oauth2(DevTokens.token("someone", roleWithoutAccess(), DISTRICT))
                .get(protectedCollection()).then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void malformedJsonIs400ProblemDetails() {
        given().auth().oauth2(DevTokens.token("admin", "district-admin", DISTRICT))
                .contentType(ContentType.JSON).body("{\"orgUnit\": \"430503000000\",")
                .post(protectedCollection()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", startsWith("urn:judicial-platform:problem:"))
                .body("status", equalTo(400));
    }

    @Test
    void theServiceRoleCannotReadAnotherServicesSchema() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            SQLException denied = assertThrows(SQLException.class,
                    () -> c.createStatement().executeQuery("SELECT count(*) FROM " + foreignSchema() + ".audit_log"));
            assertEquals("42501", denied.getSQLState(), denied.getMessage());
        }
    }
}
