package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.createApplication;
import static cn.daxiang.justice.legalaid.LegalAidApi.taskIds;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Objections (异议) to a refusal and the bureau's 5-day review (法律援助法第四十九条) through the API. Around National Day
 * 2021 (holiday 10-01..10-07; 09-26 and 10-09 working days): an objection received 09-30 is due 10-08, not 10-05.
 * Uses 街道 430503001000..003000, which no other test of this module writes to; no case is accepted.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ObjectionTest {

    static final String TOWN = "430503001000";
    static final String OTHER_TOWN = "430503002000";
    static final String STATS_TOWN = "430503003000";
    static final String CLERK = "township-clerk";
    static final String ADMIN = "district-admin";

    @Inject
    AgroalDataSource dataSource;

    /** An application received 09-24 and refused 09-28 (2021). */
    static UUID refusedApplication(String orgUnit) {
        UUID app = createApplication(orgUnit, "CIVIL", "2021-09-24");
        as(CLERK, orgUnit).body("{\"refusedOn\":\"2021-09-28\",\"reason\":\"不符合经济困难标准\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(200);
        return app;
    }

    static ExtractableResponse<Response> object(String orgUnit, UUID application, String receivedOn, int status) {
        return as(CLERK, orgUnit).body("{\"receivedOn\":\"%s\",\"grounds\":\"申请人已补交低保证明\"}".formatted(receivedOn))
                .post(BASE + "/applications/" + application + "/objections").then().statusCode(status).extract();
    }

    static UUID objection(String orgUnit, String receivedOn) {
        return UUID.fromString(object(orgUnit, refusedApplication(orgUnit), receivedOn, 201).path("id"));
    }

    static JsonPath decide(UUID objection, String decidedOn, String decision, int status) {
        return as(ADMIN, DISTRICT).header("If-Match", "1")
                .body("{\"decidedOn\":\"%s\",\"decision\":\"%s\",\"reason\":\"经审查，维持原决定\"}".formatted(decidedOn, decision))
                .post(BASE + "/objections/" + objection + "/decide").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void anObjectionReceivedBeforeNationalDayIsDueOnTheFirstWorkingDayAfterItAndMetByTheBureausDecision() {
        UUID app = refusedApplication(TOWN);
        ExtractableResponse<Response> created = object(TOWN, app, "2021-09-30", 201);
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/legal-aid/objections/" + id), created.header("Location"));
        JsonPath body = created.jsonPath();
        assertEquals(TOWN, body.getString("orgUnit"));
        assertEquals(app.toString(), body.getString("applicationId"));
        assertEquals("PENDING", body.getString("status"));
        // 09-30 + 5 日 = 10-05, in the National Day holiday → 10-08 (plain days said 10-05)
        assertEquals(1, body.getList("deadlines").size());
        assertEquals("OBJECTION_REVIEW", body.getString("deadlines[0].kind"));
        assertEquals("2021-09-30", body.getString("deadlines[0].startsOn"));
        assertEquals("2021-10-08", body.getString("deadlines[0].dueOn"));
        assertEquals("5日", body.getString("deadlines[0].period"));
        assertEquals("《中华人民共和国法律援助法》第四十九条", body.getString("deadlines[0].legalBasis"));
        assertEquals("OVERDUE", body.getString("deadlines[0].state"));

        // the to-do list: the township's own clerk and the district see it, another township does not
        assertTrue(taskIds(CLERK, TOWN, Map.of("kind", "OBJECTION_REVIEW")).contains(id));
        assertTrue(taskIds(ADMIN, DISTRICT, Map.of("kind", "OBJECTION_REVIEW", "orgUnit", TOWN)).contains(id));
        assertFalse(taskIds(CLERK, OTHER_TOWN, Map.of("kind", "OBJECTION_REVIEW")).contains(id));
        as(CLERK, OTHER_TOWN).get(BASE + "/objections/" + id).then().statusCode(404);

        // the bureau decides, not the township (法律援助法第四十九条「司法行政部门」)
        as(CLERK, TOWN).header("If-Match", "1")
                .body("{\"decidedOn\":\"2021-10-08\",\"decision\":\"UPHELD\",\"reason\":\"维持\"}")
                .post(BASE + "/objections/" + id + "/decide").then().statusCode(403);
        JsonPath decided = decide(UUID.fromString(id), "2021-10-08", "UPHELD", 200);
        assertEquals("DECIDED", decided.getString("status"));
        assertEquals("UPHELD", decided.getString("decision"));
        assertEquals(2, decided.getInt("version"));
        assertEquals("2021-10-08", decided.getString("deadlines[0].metOn"));
        assertEquals("MET", decided.getString("deadlines[0].state"));
        as(CLERK, TOWN).get(BASE + "/objections/" + id).then().statusCode(200)
                .body("decidedOn", equalTo("2021-10-08")).body("decisionReason", equalTo("经审查，维持原决定"))
                .body("deadlines[0].state", equalTo("MET"));
        assertFalse(taskIds(CLERK, TOWN, Map.of("kind", "OBJECTION_REVIEW")).contains(id), "decided: off the open list");
        assertTrue(taskIds(CLERK, TOWN, Map.of("kind", "OBJECTION_REVIEW", "state", "MET")).contains(id));

        // a decided objection does not change
        as(ADMIN, DISTRICT).header("If-Match", "2")
                .body("{\"decidedOn\":\"2021-10-09\",\"decision\":\"CORRECTED\",\"reason\":\"改正\"}")
                .post(BASE + "/objections/" + id + "/decide").then().statusCode(409)
                .body("detail", containsString("已审查决定"));
        // the list, by application and status, in scope
        as(CLERK, TOWN).queryParam("applicationId", app).get(BASE + "/objections").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", equalTo("DECIDED"));
        as(CLERK, OTHER_TOWN).queryParam("applicationId", app).get(BASE + "/objections").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aDecisionAfterTheFifthDayIsMissed() {
        UUID id = objection(TOWN, "2021-09-30");
        JsonPath decided = decide(id, "2021-10-09", "CORRECTED", 200);
        assertEquals("CORRECTED", decided.getString("decision"));
        assertEquals("2021-10-08", decided.getString("deadlines[0].dueOn"));
        assertEquals("MISSED", decided.getString("deadlines[0].state"));
    }

    @Test
    void onlyARefusedApplicationTakesAnObjection() {
        UUID pending = createApplication(TOWN, "CIVIL", "2021-09-24");
        object(TOWN, pending, "2021-09-30", 409).response().then().body("detail", containsString("不予法律援助"));
        UUID accepted = createApplication(TOWN, "CIVIL", "2021-09-24");
        as(CLERK, TOWN).body("{\"acceptedOn\":\"2022-09-26\",\"version\":1}")
                .post(BASE + "/applications/" + accepted + "/accept").then().statusCode(201);
        object(TOWN, accepted, "2022-09-30", 409);
        object(TOWN, UUID.randomUUID(), "2021-09-30", 404);
        // another township's refused application is not found
        object(OTHER_TOWN, refusedApplication(TOWN), "2021-09-30", 404);
    }

    @Test
    void anObjectionNeedsGroundsAndADateBetweenTheRefusalAndToday() {
        UUID app = refusedApplication(TOWN);
        as(CLERK, TOWN).body("{\"receivedOn\":\"2021-09-30\",\"grounds\":\" \"}")
                .post(BASE + "/applications/" + app + "/objections").then().statusCode(400).body("errors.field", hasItem("grounds"));
        object(TOWN, app, "2021-09-27", 400).response().then().body("errors.field", hasItem("receivedOn"));
        object(TOWN, app, "2999-01-04", 400).response().then().body("errors.field", hasItem("receivedOn"));
        UUID id = UUID.fromString(object(TOWN, app, "2021-09-30", 201).path("id"));
        assertTrue(decide(id, "2021-09-29", "UPHELD", 400).getList("errors.field").contains("decidedOn"));
        as(ADMIN, DISTRICT).header("If-Match", "1").body("{\"decidedOn\":\"2021-10-08\",\"reason\":\"维持\"}")
                .post(BASE + "/objections/" + id + "/decide").then().statusCode(400).body("errors.field", hasItem("decision"));
        as(ADMIN, DISTRICT).body("{\"decidedOn\":\"2021-10-08\",\"decision\":\"UPHELD\",\"reason\":\"维持\"}")
                .post(BASE + "/objections/" + id + "/decide").then().statusCode(428);
        as(CLERK, TOWN).get(BASE + "/objections/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("decision", nullValue()).body("version", equalTo(1));
    }

    @Test
    void theStatsCountObjectionsReviewedOnTimeLateAndOverdue() {
        decide(objection(STATS_TOWN, "2021-09-30"), "2021-10-08", "UPHELD", 200);
        decide(objection(STATS_TOWN, "2021-09-30"), "2021-10-09", "CORRECTED", 200);
        objection(STATS_TOWN, "2021-09-30");
        // outside the period: received 10-26, due 10-31 (a Sunday) → 11-01
        objection(STATS_TOWN, "2021-10-26");
        JsonPath october = as(ADMIN, DISTRICT).queryParam("orgUnit", STATS_TOWN).queryParam("from", "2021-10-01")
                .queryParam("to", "2021-10-31").get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3L, 1L, 1L, 1L), List.of("due", "onTime", "late", "overdue").stream()
                .map(m -> october.getLong("metrics.'legalaid.objections.review." + m + "'")).toList());
        JsonPath catalog = as("evaluator", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().jsonPath();
        assertTrue(catalog.getList("items.name").contains("legalaid.objections.review.onTime"));
    }

    /**
     * 责令改正 (第四十九条): the refused application is back under review (PENDING), marked with the day and the objection,
     * its refusal cleared, audited; its review clock runs 7 日 again from the decision: 09-30 + 7 = 10-07, in the National
     * Day holiday → 10-08. It can then be accepted as any pending application.
     */
    @Test
    void aCorrectedDecisionReopensTheRefusedApplicationWhichCanThenBeAccepted() {
        UUID app = refusedApplication(TOWN);
        UUID id = UUID.fromString(object(TOWN, app, "2021-09-29", 201).path("id"));
        decide(id, "2021-09-30", "CORRECTED", 200);
        JsonPath reopened = as(CLERK, TOWN).get(BASE + "/applications/" + app).then().statusCode(200).extract().jsonPath();
        assertEquals("PENDING", reopened.getString("status"));
        assertEquals("2021-09-30", reopened.getString("reopenedOn"));
        assertEquals(id.toString(), reopened.getString("reopenedByObjection"));
        assertEquals(null, reopened.getString("refusalReason"));
        assertEquals(null, reopened.getString("decidedOn"));
        assertEquals("2021-10-08", reopened.getString("reviewDueOn"));
        assertEquals(3, reopened.getInt("version"), "created, refused, reopened");
        assertEquals(List.of("CREATE", "REFUSE", "REOPEN"), auditActions(dataSource, "Application", app));

        // accepted after the corrected review's day (and outside 2021, which LegalAidStatsTest counts district-wide)
        as(CLERK, TOWN).body("{\"acceptedOn\":\"2022-01-04\",\"version\":3}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(201);
        as(CLERK, TOWN).get(BASE + "/applications/" + app).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("deadlines[0].metOn", equalTo("2022-01-04"))
                .body("deadlines[0].state", equalTo("MISSED"));
    }

    @Test
    void anUpheldDecisionKeepsTheApplicationRefused() {
        UUID app = refusedApplication(TOWN);
        decide(UUID.fromString(object(TOWN, app, "2021-09-29", 201).path("id")), "2021-09-30", "UPHELD", 200);
        as(CLERK, TOWN).get(BASE + "/applications/" + app).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReason", equalTo("不符合经济困难标准"))
                .body("reopenedOn", nullValue()).body("version", equalTo(2));
        as(CLERK, TOWN).body("{\"acceptedOn\":\"2021-10-08\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(409);
    }

    @Test
    void applicationsReopenedOnObjectionAreCountedInThePeriodOfTheDecision() {
        UUID corrected = refusedApplication(OTHER_TOWN);
        decide(UUID.fromString(object(OTHER_TOWN, corrected, "2021-09-29", 201).path("id")), "2021-09-30", "CORRECTED", 200);
        UUID upheld = refusedApplication(OTHER_TOWN);
        decide(UUID.fromString(object(OTHER_TOWN, upheld, "2021-09-29", 201).path("id")), "2021-09-30", "UPHELD", 200);
        JsonPath september = as(ADMIN, DISTRICT).queryParam("orgUnit", OTHER_TOWN).queryParam("from", "2021-09-30")
                .queryParam("to", "2021-09-30").get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(1, september.getInt("metrics.'legalaid.applications.reopened'"));
    }

    static JsonPath statsOf(String orgUnit, String from, String to) {
        return as(ADMIN, DISTRICT).queryParam("orgUnit", orgUnit).queryParam("from", from).queryParam("to", to)
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
    }

    /**
     * A refusal that an objection's CORRECTED decision undid stays a refusal of its own month; the reopened application's
     * later decision is its own outcome: a grant counts as an accepted case (not as a refusal), a second refusal counts
     * again by its date. 2025 (in 430503003000, whose other figures are of 2021): refused 09-26, corrected 09-30, the
     * review due 7 日 later, 10-07, in the National Day holiday (10-01..10-08) → 10-09.
     */
    @Test
    void aRefusalUndoneByACorrectedObjectionStillCountsInItsMonthAndTheLaterGrantCountsAsItsOwnOutcome() {
        UUID granted = createApplication(STATS_TOWN, "CIVIL", "2025-09-22");
        UUID refusedTwice = createApplication(STATS_TOWN, "CIVIL", "2025-09-22");
        for (UUID app : List.of(granted, refusedTwice)) {
            as(CLERK, STATS_TOWN).body("{\"refusedOn\":\"2025-09-26\",\"reason\":\"不符合经济困难标准\",\"version\":1}")
                    .post(BASE + "/applications/" + app + "/refuse").then().statusCode(200)
                    .body("firstDecision", equalTo("REFUSED")).body("firstDecidedOn", equalTo("2025-09-26"));
            decide(UUID.fromString(object(STATS_TOWN, app, "2025-09-28", 201).path("id")), "2025-09-30", "CORRECTED", 200);
        }
        as(CLERK, STATS_TOWN).get(BASE + "/applications/" + granted).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("decidedOn", nullValue()).body("reviewDueOn", equalTo("2025-10-09"))
                .body("firstDecision", equalTo("REFUSED")).body("firstDecidedOn", equalTo("2025-09-26"));
        as(CLERK, STATS_TOWN).body("{\"acceptedOn\":\"2025-10-09\",\"version\":3}")
                .post(BASE + "/applications/" + granted + "/accept").then().statusCode(201);
        as(CLERK, STATS_TOWN).body("{\"refusedOn\":\"2025-10-10\",\"reason\":\"经重新审查，仍不符合经济困难标准\",\"version\":3}")
                .post(BASE + "/applications/" + refusedTwice + "/refuse").then().statusCode(200);
        as(CLERK, STATS_TOWN).get(BASE + "/applications/" + granted).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("decidedOn", equalTo("2025-10-09"))
                .body("firstDecision", equalTo("REFUSED")).body("firstDecidedOn", equalTo("2025-09-26"))
                .body("deadlines[0].state", equalTo("MET"));

        JsonPath september = statsOf(STATS_TOWN, "2025-09-01", "2025-09-30");
        assertEquals(2, september.getInt("metrics.'legalaid.applications.refused'"), "both first refusals stay in September");
        assertEquals(2, september.getInt("metrics.'legalaid.applications.reopened'"));
        assertEquals(0, september.getInt("metrics.'legalaid.cases.accepted'"));
        JsonPath october = statsOf(STATS_TOWN, "2025-10-01", "2025-10-31");
        assertEquals(1, october.getInt("metrics.'legalaid.applications.refused'"), "the second refusal, in its own month");
        assertEquals(1, october.getInt("metrics.'legalaid.cases.accepted'"), "the grant after reopening");
        JsonPath year = statsOf(STATS_TOWN, "2025-01-01", "2025-12-31");
        assertEquals(2, year.getInt("metrics.'legalaid.applications.received'"));
        assertEquals(3, year.getInt("metrics.'legalaid.applications.refused'"), "three refusal decisions");
        assertEquals(1, year.getInt("metrics.'legalaid.cases.accepted'"));
        assertEquals(2, year.getInt("metrics.'legalaid.applications.reopened'"));
    }

    /**
     * An application reopened before V13 whose first refusal left no audit row has no first decision (the back-fill
     * invents none); deciding it again does not make its later decision the first one.
     */
    @Test
    void aReopenedApplicationWithoutAKnownFirstDecisionIsDecidedAgainWithoutInventingOne() throws SQLException {
        UUID app = refusedApplication(TOWN);
        decide(UUID.fromString(object(TOWN, app, "2021-09-29", 201).path("id")), "2021-09-30", "CORRECTED", 200);
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "UPDATE legalaid.application SET first_decision = NULL, first_decided_on = NULL WHERE id = ?")) {
            p.setObject(1, app);
            assertEquals(1, p.executeUpdate());
        }
        as(CLERK, TOWN).body("{\"acceptedOn\":\"2022-01-05\",\"version\":3}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(201);
        as(CLERK, TOWN).get(BASE + "/applications/" + app).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("firstDecision", nullValue()).body("firstDecidedOn", nullValue());
    }

    /** The table holds the life cycle itself: the decision's fields all or none, and not before the objection arrived. */
    @Test
    void theDatabaseRefusesAHalfDecisionAndADecisionBeforeReceipt() throws SQLException {
        UUID id = objection(TOWN, "2021-09-30");
        Map<String, String> refusedBy = Map.of(
                "status = 'DECIDED', decided_on = DATE '2021-10-08', decision = 'UPHELD'", "objection_decision_ck",
                "decided_on = DATE '2021-10-08'", "objection_decision_ck",
                "status = 'DECIDED', decided_on = DATE '2021-09-29', decision = 'UPHELD', decision_reason = '维持'",
                "objection_decided_order_ck");
        for (Map.Entry<String, String> change : refusedBy.entrySet()) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement p = c.prepareStatement("UPDATE legalaid.objection SET " + change.getKey() + " WHERE id = ?")) {
                p.setObject(1, id);
                SQLException refused = assertThrows(SQLException.class, p::executeUpdate, change.getKey());
                assertTrue(refused.getMessage().contains(change.getValue()), refused.getMessage());
            }
        }
    }
}
