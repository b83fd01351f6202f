package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.rest.SupervisionRecordTest.with;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.batch;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.upload;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.assertClock;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.item;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Absconding cases (脱管) and their search through the API and sync: opened under the subject, steps while OPEN, then
 * FOUND or ESCALATED, 409 once closed; dates in order; scope; audit and feed; the case follows a transferred subject.
 * Discovered on 1 September 2021: the month ends on 1 October, in the National Day holiday (10-01..10-07), so the
 * ABSCONDING_ONE_MONTH item falls due on the 8th.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AbscondingCaseTest {

    static final String CASES = BASE + "/absconding-cases";
    static final String KIND = "ABSCONDING_ONE_MONTH";
    static final LocalDate INTAKE = LocalDate.of(2021, 1, 20);

    @Inject
    AgroalDataSource dataSource;

    static String newSubject(String town) {
        return TestData.newSubject(town, "PROBATION", INTAKE);
    }

    static Map<String, Object> opening(String on) {
        return map("discoveredOn", on, "discoveredHow", "UNREACHABLE", "circumstances", "对象未按时报告，电话关机");
    }

    static Map<String, Object> step(String on, String kind, int version) {
        return map("takenOn", on, "kind", kind, "takenBy", "李明", "note", "查找经过", "version", version);
    }

    static String open(String town, String subjectId, String on) {
        return as("township-clerk", town).body(opening(on)).post(SUBJECTS + "/" + subjectId + "/absconding-cases")
                .then().statusCode(201).extract().path("id");
    }

    static JsonPath act(String town, String id, String action, Map<String, Object> body, int status) {
        return as("township-clerk", town).body(body).post(CASES + "/" + id + "/" + action).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aCaseIsSearchedStepByStepAndFoundOverTheHolidayThenEveryActionAnswers409() {
        String subjectId = newSubject(CAIE);
        var created = as("township-clerk", CAIE).body(opening("2021-09-01")).post(SUBJECTS + "/" + subjectId + "/absconding-cases");
        String id = created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/corrections/absconding-cases/" + created.jsonPath().getString("id")))
                .body("status", equalTo("OPEN")).body("orgUnit", equalTo(CAIE)).body("subjectId", equalTo(subjectId))
                .body("steps.size()", equalTo(0)).body("endedOn", nullValue()).extract().path("id");
        assertClock(item(created.jsonPath(), KIND), "2021-09-01", "2021-10-08", "1个月",
                "《中华人民共和国社区矫正法实施办法》（脱离监管超过一个月的提请撤销缓刑、假释或收监执行；条文序号待核）", "OVERDUE");

        act(CAIE, id, "steps", step("2021-09-01", "PHONE", 1), 200);
        act(CAIE, id, "steps", step("2021-09-02", "FAMILY_CONTACT", 2), 200);
        JsonPath three = act(CAIE, id, "steps", step("2021-09-03", "NOTIFY_POLICE", 3), 200);
        assertEquals(List.of("PHONE", "FAMILY_CONTACT", "NOTIFY_POLICE"), three.getList("steps.kind"));
        assertEquals("2021-09-03", three.getString("steps[2].takenOn"));
        // a step before the one before it, and an end before the last step: 400, nothing changed
        act(CAIE, id, "steps", step("2021-09-02", "VISIT", 4), 400);
        act(CAIE, id, "found", map("foundOn", "2021-09-02", "how", "到所报到", "version", 4), 400);
        act(CAIE, id, "steps", step("2021-09-05", "VISIT", 3), 412);

        JsonPath found = act(CAIE, id, "found", map("foundOn", "2021-10-06", "how", "经家属劝说到司法所报到，予以警告", "version", 4), 200);
        assertEquals("FOUND", found.getString("status"));
        assertEquals("2021-10-06", found.getString("endedOn"));
        assertEquals("经家属劝说到司法所报到，予以警告", found.getString("endNote"));
        assertEquals("MET", item(found, KIND).get("state"));
        assertEquals("2021-10-06", item(found, KIND).get("metOn"));

        act(CAIE, id, "steps", step("2021-10-07", "VISIT", 5), 409);
        act(CAIE, id, "found", map("foundOn", "2021-10-07", "how", "再次", "version", 5), 409);
        act(CAIE, id, "escalate", map("escalatedOn", "2021-10-07", "escalation", "POLICE_PURSUIT", "escalatedTo", "派出所",
                "version", 5), 409);
        as("township-clerk", CAIE).get(CASES + "/" + id).then().statusCode(200).body("version", equalTo(5))
                .body("steps.size()", equalTo(3)).body("status", equalTo("FOUND"));
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE"),
                auditActions(dataSource, "AbscondingCase", UUID.fromString(id)));
    }

    @Test
    void anUnsuccessfulSearchIsEscalatedToTheCourtAndOnlyOneCaseIsOpenAtATime() {
        String subjectId = newSubject(CAIE);
        String id = open(CAIE, subjectId, "2021-05-10");
        as("township-clerk", CAIE).body(opening("2021-05-11")).post(SUBJECTS + "/" + subjectId + "/absconding-cases")
                .then().statusCode(409);
        act(CAIE, id, "steps", step("2021-05-10", "INFORMATION_CHECK", 1), 200);
        // an escalation says to whom
        act(CAIE, id, "escalate", map("escalatedOn", "2021-06-11", "escalation", "REVOCATION_PROPOSAL", "version", 2), 400);
        JsonPath escalated = act(CAIE, id, "escalate", map("escalatedOn", "2021-06-11", "escalation", "REVOCATION_PROPOSAL",
                "escalatedTo", "大祥区人民法院", "note", "脱离监管超过一个月，提请撤销缓刑", "version", 2), 200);
        assertEquals("ESCALATED", escalated.getString("status"));
        assertEquals("大祥区人民法院", escalated.getString("escalatedTo"));
        assertEquals("REVOCATION_PROPOSAL", escalated.getString("escalation"));
        // the month ran out on 10 June: escalated a day late
        assertEquals("MISSED", item(escalated, KIND).get("state"));
        act(CAIE, id, "found", map("foundOn", "2021-06-12", "how", "归案", "version", 3), 409);

        // closed, a new loss of contact is a new case
        String second = open(CAIE, subjectId, "2021-07-01");
        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/absconding-cases").then().statusCode(200)
                .body("items.id", equalTo(List.of(id, second))).body("items.status", equalTo(List.of("ESCALATED", "OPEN")));
    }

    @Test
    void datesOutOfTheCorrectionUnknownCodesAndBlankTextAreRefusedAndNothingIsStored() {
        String subjectId = newSubject(CAIE);
        String path = SUBJECTS + "/" + subjectId + "/absconding-cases";
        as("township-clerk", CAIE).body(opening("2021-01-19")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("discoveredOn"));
        as("township-clerk", CAIE).body(opening("2999-01-04")).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("discoveredOn")));
        as("township-clerk", CAIE).body(with(opening("2021-03-01"), "discoveredHow", "LOST")).post(path).then().statusCode(400);
        as("township-clerk", CAIE).body(with(opening("2021-03-01"), "circumstances", " ")).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("circumstances")));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.absconding_case WHERE subject_id = ?",
                UUID.fromString(subjectId)));

        String id = open(CAIE, subjectId, "2021-03-01");
        act(CAIE, id, "steps", step("2021-02-28", "PHONE", 1), 400);
        act(CAIE, id, "steps", map("takenOn", "2021-03-02", "kind", "PRAYER", "takenBy", "李明", "note", "x", "version", 1), 400);
        act(CAIE, id, "steps", map("takenOn", "2021-03-02", "kind", "PHONE", "takenBy", "", "note", "x", "version", 1), 400);
        as("township-clerk", CAIE).body(map("date", "2021-03-05", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + subjectId + "/release").then().statusCode(200);
        // the correction's end closed the case (SubjectService.correctionEnded): nothing of it after that
        act(CAIE, id, "found", map("foundOn", "2021-03-06", "how", "归案", "version", 2), 409);
        as("township-clerk", CAIE).get(CASES + "/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("steps.size()", equalTo(0)).body("status", equalTo("CORRECTION_ENDED")).body("endedOn", equalTo("2021-03-05"));
    }

    @Test
    void theDatabaseRefusesAClosedCaseWithoutItsEndAndASecondOpenCase() throws SQLException {
        String subjectId = newSubject(CAIE);
        String id = open(CAIE, subjectId, "2021-04-01");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE corrections.absconding_case SET status = 'FOUND' WHERE id = '" + id + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE corrections.absconding_case SET status = 'ESCALATED', ended_on = '2021-04-02' WHERE id = '" + id + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE corrections.absconding_case SET status = 'FOUND', ended_on = '2021-03-31', end_note = 'x' WHERE id = '"
                            + id + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO corrections.absconding_case SELECT '"
                    + UUID.randomUUID() + "', org_unit, 1, subject_id, discovered_on, discovered_how, circumstances, steps, 'OPEN', "
                    + "NULL, NULL, NULL, NULL, created_at, created_by, updated_at, updated_by FROM corrections.absconding_case "
                    + "WHERE id = '" + id + "'"));
        }
        as("township-clerk", CAIE).get(CASES + "/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void aClerkSeesAndActsOnlyOnItsOwnTownshipsCasesAndTheDistrictFiltersThemAll() {
        String subjectId = newSubject(CAIE);
        String mine = open(CAIE, subjectId, "2021-08-02");
        String theirs = open(BANQIAO, newSubject(BANQIAO), "2021-08-02");

        as("township-clerk", BANQIAO).get(CASES + "/" + mine).then().statusCode(404);
        act(BANQIAO, mine, "steps", step("2021-08-03", "PHONE", 1), 404);
        act(BANQIAO, mine, "found", map("foundOn", "2021-08-03", "how", "归案", "version", 1), 404);
        as("township-clerk", BANQIAO).body(opening("2021-08-02")).post(SUBJECTS + "/" + subjectId + "/absconding-cases")
                .then().statusCode(404);
        as("township-clerk", BANQIAO).queryParam("size", 200).get(CASES).then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(BANQIAO))).body("items.id", hasItem(theirs))
                .body("items.id", not(hasItem(mine)));
        as("provincial-reader", PROVINCE).get(CASES + "/" + mine).then().statusCode(200);
        as("provincial-reader", PROVINCE).body(step("2021-08-03", "PHONE", 1)).post(CASES + "/" + mine + "/steps")
                .then().statusCode(403);

        as("district-admin", DISTRICT).queryParam("size", 200).get(CASES).then().statusCode(200).body("items.id", hasItems(mine, theirs));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("status", "OPEN").queryParam("from", "2021-08-02")
                .queryParam("to", "2021-08-02").queryParam("size", 200).get(CASES).then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs))).body("items.status", everyItem(equalTo("OPEN")));
        as("district-admin", DISTRICT).queryParam("status", "FOUND").queryParam("orgUnit", CAIE).queryParam("size", 200)
                .get(CASES).then().statusCode(200).body("items.id", not(hasItem(mine)));
    }

    @Test
    void aTownshipUploadsACaseWhoseStepsAndEndStayTheServersAndFindsItInTheFeed() {
        String subjectId = newSubject(CAIE);
        String id = UUID.randomUUID().toString();
        Map<String, Object> record = with(opening("2021-11-02"), "id", id, "subjectId", subjectId);
        JsonPath answer = upload(clerk(CAIE), "absconding-cases", batch(record,
                with(opening("2021-01-01"), "id", UUID.randomUUID().toString(), "subjectId", subjectId)));
        assertEquals(List.of("CREATED", "REJECTED"), answer.getList("results.status"));
        assertEquals("discoveredOn", answer.getString("results[1].errors[0].field"));

        act(CAIE, id, "steps", step("2021-11-03", "VISIT", 1), 200);
        // a correction of the opening keeps the step; a discovery after the step is refused
        assertEquals("UPDATED", upload(clerk(CAIE), "absconding-cases",
                batch(with(record, "discoveredHow", "MISSED_REPORT", "version", 2))).getString("results[0].status"));
        assertEquals("REJECTED", upload(clerk(CAIE), "absconding-cases",
                batch(with(record, "discoveredOn", "2021-11-04", "version", 3))).getString("results[0].status"));
        assertEquals("REJECTED", upload(clerk(BANQIAO), "absconding-cases",
                batch(with(record, "circumstances", "改", "version", 3))).getString("results[0].status"));
        as("township-clerk", CAIE).get(CASES + "/" + id).then().statusCode(200).body("version", equalTo(3))
                .body("discoveredHow", equalTo("MISSED_REPORT")).body("steps.size()", equalTo(1)).body("status", equalTo("OPEN"));

        act(CAIE, id, "found", map("foundOn", "2021-11-05", "how", "归案", "version", 3), 200);
        assertEquals("REJECTED", upload(clerk(CAIE), "absconding-cases",
                batch(with(record, "circumstances", "补充", "version", 4))).getString("results[0].status"));

        List<String> fed = clerk(CAIE).queryParam("limit", 500).get("/api/v1/corrections/sync/absconding-cases/changes")
                .then().statusCode(200).extract().path("changes.id");
        assertThat(fed, hasItem(id));
        JsonPath refused = upload(admin(), "subjects", batch(map("id", subjectId, "version", 1, "deleted", true)));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        assertThat(refused.getString("results[0].errors[0].message"), containsString("脱管案件"));
    }

    @Test
    void aTransferredSubjectTakesItsAbscondingCasesToTheNewOffice() {
        UUID subjectId = UUID.randomUUID();
        Map<String, Object> body = subject(subjectId, CAIE, "PROBATION", INTAKE, "NORMAL");
        as("township-clerk", CAIE).body(body).post(SUBJECTS).then().statusCode(201);
        String id = open(CAIE, subjectId.toString(), "2021-06-01");

        as("district-admin", DISTRICT).body(with(body, "orgUnit", BANQIAO, "version", 1)).put(SUBJECTS + "/" + subjectId)
                .then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", CAIE).get(CASES + "/" + id).then().statusCode(404);
        act(BANQIAO, id, "found", map("foundOn", "2021-06-03", "how", "归案", "version", 2), 200);
        as("township-clerk", BANQIAO).get(CASES + "/" + id).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        assertEquals(List.of("CREATE", "MOVE", "MOVED_OUT", "UPDATE"), auditActions(dataSource, "AbscondingCase", UUID.fromString(id)));
    }
}
