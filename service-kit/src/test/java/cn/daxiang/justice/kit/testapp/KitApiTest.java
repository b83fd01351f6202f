package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.LogLines;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's problem details, paging, scope and audit log, through a real request pipeline and database. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class KitApiTest {

    static final String DISTRICT = OrgUnits.DISTRICT;
    static final String TOWN_A = OrgUnits.LUOSHI;
    static final String TOWN_B = OrgUnits.CAIE;
    static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    static String body(String orgUnit, String name) {
        return """
                {"orgUnit":"%s","name":"%s","idNumber":"11010519491231002x","kind":"ALPHA","amount":5,"happenedOn":"2021-03-01"}
                """.formatted(orgUnit, name);
    }

    static String create(String role, String orgUnit, String recordOrgUnit, String name) {
        return as(role, orgUnit).contentType(ContentType.JSON).body(body(recordOrgUnit, name))
                .post("/test/samples").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("type", startsWith("urn:judicial-platform:problem:"))
                .body("title", notNullValue())
                .body("instance", notNullValue());
    }

    @Test
    void createsWithVersionOneAndNormalisedIdNumber() {
        as("district-admin", DISTRICT).contentType(ContentType.JSON).body(body(TOWN_A, "张三"))
                .post("/test/samples").then().statusCode(201)
                .body("version", equalTo(1))
                .body("idNumber", equalTo("11010519491231002X"));
    }

    @Test
    void malformedJsonIs400() {
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body("{\"orgUnit\": ")
                .post("/test/samples").then(), 400)
                .body("type", equalTo("urn:judicial-platform:problem:malformed-json"));
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        String json = body(TOWN_A, "李四").replace("\"amount\"", "\"secretField\":1,\"amount\"");
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(json).post("/test/samples").then(), 400)
                .body("errors.field", hasItem("secretField"));
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        String json = body(TOWN_A, "李四").replace("\"amount\":5", "\"amount\":\"many\"");
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(json).post("/test/samples").then(), 400)
                .body("errors.field", hasItem("amount"));
        String date = body(TOWN_A, "李四").replace("2021-03-01", "2021-02-30");
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(date).post("/test/samples").then(), 400)
                .body("errors.field", hasItem("happenedOn"));
    }

    @Test
    void unknownEnumValueIs400ListingTheChoices() {
        String json = body(TOWN_A, "李四").replace("ALPHA", "GAMMA");
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(json).post("/test/samples").then(), 400)
                .body("errors.field", hasItem("kind"))
                .body("errors.message[0]", containsString("ALPHA"));
    }

    @Test
    void constraintViolationsAre400WithEveryField() {
        String json = """
                {"orgUnit":"430503999000","name":"","idNumber":"110105194912310021","kind":"ALPHA","amount":5000,"happenedOn":"2021-03-01"}
                """;
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(json).post("/test/samples").then(), 400)
                .body("type", equalTo("urn:judicial-platform:problem:validation"))
                .body("errors.field", hasItem("orgUnit"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("idNumber"))
                .body("errors.field", hasItem("amount"))
                // the rejected ID number is personal data: never echoed
                .body(not(containsString("110105194912310021")));
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).post("/test/samples").then(), 400);
    }

    @Test
    void badInputStoresNothing() {
        long before = count("SELECT count(*) FROM corrections.sample WHERE name = '不该存'");
        String json = body(TOWN_A, "不该存").replace("ALPHA", "GAMMA");
        as("district-admin", DISTRICT).contentType(ContentType.JSON).body(json).post("/test/samples").then().statusCode(400);
        assertEquals(before, count("SELECT count(*) FROM corrections.sample WHERE name = '不该存'"));
    }

    @Test
    void aControlCharacterInAnyTextInputIs400NamingTheFieldAndStoresNothing() {
        long before = count("SELECT count(*) FROM corrections.sample WHERE name LIKE '控制%'");
        String nul = body(TOWN_A, "控制\\u0000字符");
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(nul).post("/test/samples").then(), 400)
                .body("type", equalTo("urn:judicial-platform:problem:validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.message[0]", containsString("控制字符"));
        String bell = body(TOWN_A, "控制\\u0007字符");
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(bell).post("/test/samples").then(), 400)
                .body("errors.field", hasItem("name"));
        assertEquals(before, count("SELECT count(*) FROM corrections.sample WHERE name LIKE '控制%'"));
        // tab and line breaks stay allowed
        as("district-admin", DISTRICT).contentType(ContentType.JSON).body(body(TOWN_A, "控制\\t制表\\r\\n换行"))
                .post("/test/samples").then().statusCode(201);

        // query parameters and the headers a method reads follow the same rule
        problem(as("district-admin", DISTRICT).urlEncodingEnabled(false).queryParam("name", "a%00b").get("/test/samples").then(), 400)
                .body("errors.field", hasItem("name"));
        String id = create("district-admin", DISTRICT, TOWN_A, "控制头");
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).header("If-Match", "\u00011")
                .body(body(TOWN_A, "控制头改")).put("/test/samples/" + id).then(), 400)
                .body("errors.field", hasItem("If-Match"));
        assertEquals(0, count("SELECT count(*) FROM corrections.sample WHERE name = '控制头改'"));
    }

    @Test
    void frameworkErrorsAreProblemDetailsToo() {
        problem(as("district-admin", DISTRICT).get("/test/no-such-resource").then(), 404);
        problem(as("district-admin", DISTRICT).delete("/test/samples").then(), 405);
        problem(as("district-admin", DISTRICT).contentType("text/plain").body("hello").post("/test/samples").then(), 415);
        problem(as("district-admin", DISTRICT).get("/test/samples/not-a-uuid").then(), 400);
    }

    @Test
    void unknownIdIs404() {
        problem(as("district-admin", DISTRICT).get("/test/samples/" + UUID.randomUUID()).then(), 404);
    }

    @Test
    void theKitRecordServiceCreatesUpdatesAndReadsThroughOneSequence() {
        String id = create("district-admin", DISTRICT, TOWN_A, "赵六");
        String again = "{\"id\":\"" + id + "\"," + body(TOWN_A, "赵六").strip().substring(1);
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(again).post("/test/samples").then(), 409);
        as("district-admin", DISTRICT).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body(TOWN_A, "赵六改")).put("/test/samples/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("name", equalTo("赵六改"));
        as("township-clerk", TOWN_A).get("/test/samples/" + id).then().statusCode(200)
                .body("name", equalTo("赵六改")).body("version", equalTo(2));
        problem(as("township-clerk", TOWN_B).get("/test/samples/" + id).then(), 404);
    }

    @Test
    void staleVersionIs412WithTheCurrentVersion() {
        String id = create("district-admin", DISTRICT, TOWN_A, "王五");
        String update = body(TOWN_A, "王五改").replace("}", ",\"version\":1}");
        as("district-admin", DISTRICT).contentType(ContentType.JSON).body(update)
                .put("/test/samples/" + id).then().statusCode(200).body("version", equalTo(2));
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(update)
                .put("/test/samples/" + id).then(), 412)
                .body("currentVersion", equalTo(2));
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body(TOWN_A, "王五再改")).put("/test/samples/" + id).then(), 412)
                .body("currentVersion", equalTo(2));
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON)
                .body(body(TOWN_A, "无版本")).put("/test/samples/" + id).then(), 428);
    }

    @Test
    void aDatabaseUniqueViolationIs409NotA500() {
        String id = create("district-admin", DISTRICT, TOWN_A, "重复");
        problem(as("district-admin", DISTRICT).post("/test/samples/" + id + "/duplicate").then(), 409);
    }

    @Test
    void unexpectedFailureIs500WithCorrelationIdAndNoStackTrace() {
        problem(as("district-admin", DISTRICT).get("/test/samples/boom").then(), 500)
                .body("correlationId", notNullValue())
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("at cn.daxiang")));
        as("district-admin", DISTRICT).header("X-Request-Id", "req-12345678").get("/test/samples/boom")
                .then().statusCode(500).body("correlationId", equalTo("req-12345678")).header("X-Request-Id", "req-12345678");
        String generated = as("district-admin", DISTRICT).get("/test/samples/boom").then().statusCode(500)
                .extract().header("X-Request-Id");
        as("district-admin", DISTRICT).get("/test/samples/boom").then().body("correlationId", not(equalTo(generated)));
        assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
    }

    @Test
    void aRequestsLogLinesCarryItsRequestIdAndNoStackTraceDetailInTheMessage() {
        try (LogLines logs = LogLines.of("cn.daxiang.justice.kit.problem")) {
            as("district-admin", DISTRICT).header("X-Request-Id", "req-logged-0001").get("/test/samples/boom").then().statusCode(500);
            List<LogLines.Line> lines = logs.containing("unexpected failure");
            assertEquals(1, lines.size(), lines.toString());
            assertEquals("req-logged-0001", lines.get(0).requestId(), "the JSON line's requestId field (MDC)");
        }
    }

    @Test
    void missingOrBadTokenIs401AndWrongRoleIs403() {
        problem(given().get("/test/samples").then(), 401).header("WWW-Authenticate", "Bearer");
        String wrongKeyOrIssuer = DevTokens.token("x", List.of("district-admin"), DISTRICT, "https://evil.example/issuer",
                Instant.now().plusSeconds(600));
        problem(given().auth().oauth2(wrongKeyOrIssuer).get("/test/samples").then(), 401);
        String expired = DevTokens.token("x", List.of("district-admin"), DISTRICT, DevTokens.ISSUER, Instant.now().minusSeconds(600));
        problem(given().auth().oauth2(expired).get("/test/samples").then(), 401);
        problem(given().auth().oauth2("not-a-jwt").get("/test/samples").then(), 401);
        problem(as("evaluator", DISTRICT).get("/test/samples").then(), 403);
        problem(as("provincial-reader", "430000000000").contentType(ContentType.JSON).body(body(TOWN_A, "只读"))
                .post("/test/samples").then(), 403);
    }

    @Test
    void pagingLimitsAndEnvelope() {
        create("district-admin", DISTRICT, TOWN_A, "分页甲");
        create("district-admin", DISTRICT, TOWN_A, "分页乙");
        as("district-admin", DISTRICT).queryParam("size", 1).queryParam("sort", "name,desc").get("/test/samples")
                .then().statusCode(200)
                .body("items.size()", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("totalItems", notNullValue());
        problem(as("district-admin", DISTRICT).queryParam("size", 201).get("/test/samples").then(), 400)
                .body("errors.field", hasItem("size"));
        problem(as("district-admin", DISTRICT).queryParam("page", -1).get("/test/samples").then(), 400)
                .body("errors.field", hasItem("page"));
        problem(as("district-admin", DISTRICT).queryParam("sort", "idNumber,asc").get("/test/samples").then(), 400)
                .body("errors.field", hasItem("sort"));
        problem(as("district-admin", DISTRICT).queryParam("sort", "name,sideways").get("/test/samples").then(), 400);
        problem(as("district-admin", DISTRICT).queryParam("size", "lots").get("/test/samples").then(), 400);
    }

    @Test
    void deepOffsetsAre400PointingToFiltersAndTheFeed() {
        as("district-admin", DISTRICT).queryParam("page", 50).queryParam("size", 200).get("/test/samples").then().statusCode(200);
        as("district-admin", DISTRICT).queryParam("page", 500).get("/test/samples").then().statusCode(200);
        problem(as("district-admin", DISTRICT).queryParam("page", 51).queryParam("size", 200).get("/test/samples").then(), 400)
                .body("errors.field", hasItem("page"))
                .body("detail", containsString("10000"))
                .body("detail", containsString("changes"));
        problem(as("district-admin", DISTRICT).queryParam("page", 501).get("/test/samples").then(), 400)
                .body("errors.field", hasItem("page"));
        problem(as("district-admin", DISTRICT).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get("/test/samples").then(), 400);
    }

    @Test
    void townshipClerkSeesOnlyItsOwnOrgUnit() {
        String mine = create("township-clerk", TOWN_A, TOWN_A, "甲镇记录");
        String theirs = create("township-clerk", TOWN_B, TOWN_B, "乙乡记录");
        as("township-clerk", TOWN_A).get("/test/samples/" + mine).then().statusCode(200);
        problem(as("township-clerk", TOWN_A).get("/test/samples/" + theirs).then(), 404);
        problem(as("township-clerk", TOWN_A).contentType(ContentType.JSON).body(body(TOWN_A, "越权").replace("}", ",\"version\":1}"))
                .put("/test/samples/" + theirs).then(), 404);
        problem(as("township-clerk", TOWN_A).contentType(ContentType.JSON).body(body(TOWN_B, "越权"))
                .post("/test/samples").then(), 403);
        as("township-clerk", TOWN_A).queryParam("size", 200).get("/test/samples").then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(TOWN_A)));
        as("district-admin", DISTRICT).get("/test/samples/" + theirs).then().statusCode(200);
    }

    @Test
    void readersWithoutNeedSeeMaskedIdNumbers() {
        String id = create("district-admin", DISTRICT, TOWN_A, "赵六");
        as("provincial-reader", "430000000000").get("/test/samples/" + id).then().statusCode(200)
                .body("idNumber", equalTo("110105********002X"));
    }

    @Test
    void everyWriteLeavesAnAuditRowWithMaskedPersonalData() throws SQLException {
        String id = as("district-admin", DISTRICT).header("X-Request-Id", "audit-req-0001").contentType(ContentType.JSON)
                .body(body(TOWN_A, "孙七")).post("/test/samples").then().statusCode(201).extract().path("id");
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT actor, action, org_unit, changes::text, request_id FROM audit_log WHERE entity_id = '" + id + "'")) {
            assertTrue(rs.next());
            assertEquals("district-admin@" + DISTRICT, rs.getString(1));
            assertEquals("CREATE", rs.getString(2));
            assertEquals(TOWN_A, rs.getString(3));
            String changes = rs.getString(4);
            assertTrue(changes.contains("110105********002X"), changes);
            assertTrue(!changes.contains("11010519491231002X") && !changes.contains("孙七"), changes);
            assertEquals("audit-req-0001", rs.getString(5));
        }
    }

    @Test
    void anUpdateLeavesOneRowWithTheNextVersionAndOnlyTheFieldsThatChangedOnceMasked() throws SQLException {
        String id = create("district-admin", DISTRICT, TOWN_A, "钱九");
        as("district-admin", DISTRICT).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body(TOWN_A, "钱十").replace("\"amount\":5", "\"amount\":6"))
                .put("/test/samples/" + id).then().statusCode(200).body("version", equalTo(2));
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT entity_version, changes::text FROM audit_log"
                     + " WHERE action = 'UPDATE' AND entity_id = '" + id + "'")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getLong(1));
            // 钱九 and 钱十 both read 钱* in the audit trail: no change there
            assertEquals("{\"amount\": {\"to\": \"6\", \"from\": \"5\"}}", rs.getString(2));
            assertTrue(!rs.next());
        }
    }

    @Test
    void aNewRecordMayNotTakeAnIdInUse() {
        String id = create("district-admin", DISTRICT, TOWN_A, "吴十一");
        String again = body(TOWN_A, "郑十二").replace("{", "{\"id\":\"" + id + "\",");
        problem(as("district-admin", DISTRICT).contentType(ContentType.JSON).body(again).post("/test/samples").then(), 409)
                .body("detail", equalTo("编号为 " + id + " 的记录已存在"));
    }

    @Test
    void theServiceRoleCannotRewriteHistory() throws SQLException {
        create("district-admin", DISTRICT, TOWN_A, "周八");
        try (Connection c = dataSource.getConnection()) {
            SQLException update = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("UPDATE audit_log SET actor = 'x'"));
            assertEquals("42501", update.getSQLState());
            SQLException delete = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM audit_log"));
            assertEquals("42501", delete.getSQLState());
            SQLException otherSchema = assertThrows(SQLException.class,
                    () -> c.createStatement().executeQuery("SELECT * FROM mediation.flyway_schema_history"));
            assertEquals("42501", otherSchema.getSQLState());
        }
    }

    @Test
    void openApiIsServed() {
        RestAssured.get("/q/openapi").then().statusCode(200).body(containsString("/test/samples"));
    }

    long count(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
