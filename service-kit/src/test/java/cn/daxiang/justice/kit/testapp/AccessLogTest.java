package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The kit's access log: who read which personal records, recorded once per answer, read by the district admin only. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AccessLogTest {

    static final String DISTRICT = "430503000000";
    static final String TOWN = "430503101000";
    static final String LOG = "/test/access-log";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.flyway.username")
    String migrator;

    @ConfigProperty(name = "quarkus.flyway.password")
    String migratorPassword;

    static RequestSpecification as(String user, String role, String orgUnit) {
        return given().auth().oauth2(DevTokens.token(user, role, orgUnit));
    }

    static String create(String orgUnit) {
        return as("log-writer", "district-admin", DISTRICT).contentType(ContentType.JSON)
                .body("""
                        {"orgUnit":"%s","name":"访问","idNumber":"11010519491231002X","kind":"ALPHA","amount":1,"happenedOn":"2021-03-01"}
                        """.formatted(orgUnit))
                .post("/test/samples").then().statusCode(201).extract().path("id");
    }

    static JsonPath log(String query) {
        return as("log-admin", "district-admin", DISTRICT).get(LOG + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void readingOneRecordWritesOneRowNamingTheRecordTheUserAndTheRequestId() {
        String id = create(TOWN);
        as("clerk-reader", "township-clerk", TOWN).header("X-Request-Id", "req-one-record-0001")
                .get("/test/samples/" + id).then().statusCode(200);

        JsonPath rows = log("?recordId=" + id);
        assertEquals(1, rows.getInt("totalItems"), "creating the record is no read; reading it once is one row");
        assertEquals(List.of(id), rows.getList("items[0].recordIds"));
        assertEquals("clerk-reader", rows.getString("items[0].user"));
        assertEquals(List.of("township-clerk"), rows.getList("items[0].roles"));
        assertEquals(TOWN, rows.getString("items[0].orgUnit"));
        assertEquals("req-one-record-0001", rows.getString("items[0].requestId"));
        assertEquals("GET", rows.getString("items[0].method"));
        assertEquals("/test/samples/" + id, rows.getString("items[0].path"));
        assertEquals("SampleResource#get", rows.getString("items[0].operation"));
    }

    @Test
    void aListPageWritesOneRowWithTheIdsOfAllItsItems() {
        String town = "430503002000";
        String a = create(town);
        String b = create(town);
        List<String> listed = as("list-reader", "township-clerk", town).header("X-Request-Id", "req-list-page-0001")
                .get("/test/samples?size=200").then().statusCode(200).extract().jsonPath().getList("items.id");

        JsonPath rows = log("?user=list-reader");
        assertEquals(1, rows.getInt("totalItems"));
        assertEquals(listed, rows.getList("items[0].recordIds"));
        assertEquals(List.of(a, b), listed);
        assertEquals("req-list-page-0001", rows.getString("items[0].requestId"));
    }

    @Test
    void aChangeFeedPageRecordsTheIdsOfTheRecordsItHandsOut() {
        String town = "430503003000";
        String id = UUID.randomUUID().toString();
        as("feed-writer", "township-clerk", town).contentType(ContentType.JSON)
                .body("{\"records\":[{\"id\":\"" + id + "\",\"orgUnit\":\"" + town
                        + "\",\"name\":\"馈送\",\"kind\":\"ALPHA\",\"amount\":1,\"happenedOn\":\"2021-05-01\"}]}")
                .post("/test/sync/samples").then().statusCode(200);
        List<String> fed = as("feed-reader", "township-clerk", town)
                .get("/test/sync/samples/changes?limit=1000").then().statusCode(200).extract().jsonPath().getList("changes.id");

        JsonPath rows = log("?user=feed-reader");
        assertEquals(1, rows.getInt("totalItems"));
        assertEquals(fed, rows.getList("items[0].recordIds"));
        assertEquals(List.of(id), fed);
        assertEquals("/test/sync/samples/changes", rows.getString("items[0].path"));
    }

    @Test
    void answersWithoutPersonalRecordsAndFailedReadsAreNotRecorded() {
        String town = "430503004000";
        as("idle-reader", "township-clerk", town).get("/test/samples").then().statusCode(200);
        as("idle-reader", "township-clerk", town).get("/test/samples/" + UUID.randomUUID()).then().statusCode(404);
        as("idle-reader", "township-clerk", town).get("/test/samples/stats").then().statusCode(200);
        assertEquals(0, log("?user=idle-reader").getInt("totalItems"));
    }

    @Test
    void theDistrictAdminFiltersByRecordUserAndPeriod() {
        String id = create(TOWN);
        Instant before = Instant.now();
        as("filter-a", "township-clerk", TOWN).get("/test/samples/" + id).then().statusCode(200);
        as("filter-b", "district-admin", DISTRICT).get("/test/samples/" + id).then().statusCode(200);
        as("filter-b", "district-admin", DISTRICT).get("/test/samples/" + id).then().statusCode(200);
        Instant after = Instant.now();

        JsonPath all = log("?recordId=" + id);
        assertEquals(3, all.getInt("totalItems"));
        assertEquals(List.of("filter-b", "filter-b", "filter-a"), all.getList("items.user"), "newest first");
        assertEquals(2, log("?recordId=" + id + "&user=filter-b").getInt("totalItems"));
        assertEquals(1, log("?recordId=" + id + "&user=filter-a").getInt("totalItems"));
        assertEquals(3, log("?recordId=" + id + "&from=" + before + "&to=" + after.plusMillis(1)).getInt("totalItems"));
        assertEquals(0, log("?recordId=" + id + "&to=" + before).getInt("totalItems"));
        assertEquals(0, log("?recordId=" + id + "&from=" + after.plusMillis(1)).getInt("totalItems"));
        JsonPath page = log("?recordId=" + id + "&size=2&page=1");
        assertEquals(3, page.getInt("totalItems"));
        assertEquals(List.of("filter-a"), page.getList("items.user"));
        assertEquals(List.of("filter-a", "filter-b", "filter-b"), log("?recordId=" + id + "&sort=occurredAt,asc").getList("items.user"));
    }

    @Test
    void badFiltersAre400() {
        as("log-admin", "district-admin", DISTRICT).get(LOG + "?recordId=not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
        as("log-admin", "district-admin", DISTRICT).get(LOG + "?from=2026-12-01").then().statusCode(400);
        as("log-admin", "district-admin", DISTRICT)
                .get(LOG + "?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z").then().statusCode(400)
                .body("errors.field", hasItem("to"));
        as("log-admin", "district-admin", DISTRICT).get(LOG + "?sort=user,asc").then().statusCode(400);
    }

    @Test
    void onlyTheDistrictAdminReadsTheAccessLog() {
        for (String role : List.of("township-clerk", "provincial-reader", "evaluator", "service")) {
            as("not-admin", role, TOWN).get(LOG).then().statusCode(403).contentType("application/problem+json");
        }
        given().get(LOG).then().statusCode(401);
    }

    @Test
    void theAppRoleCanAddAndReadRowsButNeverChangeOrRemoveThem() throws SQLException {
        String id = create(TOWN);
        as("sql-reader", "township-clerk", TOWN).get("/test/samples/" + id).then().statusCode(200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM access_log WHERE actor = 'sql-reader'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            for (String sql : List.of("UPDATE access_log SET actor = 'someone-else' WHERE actor = 'sql-reader'",
                    "DELETE FROM access_log WHERE actor = 'sql-reader'", "TRUNCATE access_log")) {
                SQLException denied = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertEquals("42501", denied.getSQLState(), denied.getMessage());
            }
        }
        // Not even the schema owner: a trigger refuses every change.
        try (Connection c = DriverManager.getConnection(jdbcUrl, migrator, migratorPassword); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE access_log SET actor = 'someone-else' WHERE actor = 'sql-reader'",
                    "DELETE FROM access_log WHERE actor = 'sql-reader'", "TRUNCATE access_log")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            }
        }
        assertEquals(List.of("sql-reader"), log("?recordId=" + id).getList("items.user"));
    }

    @Test
    void whenTheRowCannotBeWrittenTheDataIsWithheld() throws SQLException {
        String id = create(TOWN);
        try (Connection c = DriverManager.getConnection(jdbcUrl, migrator, migratorPassword); Statement s = c.createStatement()) {
            s.execute("REVOKE INSERT ON access_log FROM corrections_app");
            try {
                as("withheld-reader", "township-clerk", TOWN).get("/test/samples/" + id).then().statusCode(500)
                        .contentType("application/problem+json")
                        .header("ETag", nullValue())
                        .body("name", nullValue()).body("idNumber", nullValue()).body("id", nullValue());
            } finally {
                s.execute("GRANT INSERT ON access_log TO corrections_app");
            }
        }
        as("withheld-reader", "township-clerk", TOWN).get("/test/samples/" + id).then().statusCode(200);
        assertEquals(1, log("?user=withheld-reader").getInt("totalItems"));
    }
}
