package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.delta;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.item;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.stats;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Electronic location (社区矫正法 第二十九条): at most three months, renewals, the end, its clock, scope, sync and stats. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ElectronicLocationTest {

    static final String LOCATIONS = BASE + "/electronic-locations";
    static final String TASKS = BASE + "/tasks";
    static final String KIND = "ELECTRONIC_LOCATION_REVIEW";

    /** A probation subject taken in on 2021-01-20, term until 2022-07-20. */
    static String newSubject(String orgUnit) {
        UUID id = UUID.randomUUID();
        as("township-clerk", orgUnit).body(subject(id, orgUnit, "PROBATION", LocalDate.of(2021, 1, 20), "NORMAL")).post(SUBJECTS)
                .then().statusCode(201);
        return id.toString();
    }

    static Map<String, Object> decision(String decidedOn, String startsOn, String endsOn) {
        return map("decidedOn", decidedOn, "approvedBy", "大祥区司法局 李局长", "reason", "LEFT_WITHOUT_PERMISSION",
                "startsOn", startsOn, "endsOn", endsOn);
    }

    static String of(String subjectId) {
        return SUBJECTS + "/" + subjectId + "/electronic-locations";
    }

    static JsonPath decide(String orgUnit, String subjectId, Map<String, Object> body) {
        return as("township-clerk", orgUnit).body(body).post(of(subjectId)).then().statusCode(201).extract().jsonPath();
    }

    static JsonPath get(String orgUnit, String id) {
        return as("township-clerk", orgUnit).get(LOCATIONS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPeriodOfMoreThanThreeMonthsIsRefusedAndNothingIsStored() {
        String subjectId = newSubject(LUOSHI);
        // 2021-01-31 plus three months is 2021-04-30 (April has no 31st): 05-01 is one day too many
        as("township-clerk", LUOSHI).body(decision("2021-01-29", "2021-01-31", "2021-05-01")).post(of(subjectId))
                .then().statusCode(400).body("errors.field", hasItem("endsOn"));
        as("township-clerk", LUOSHI).body(decision("2021-02-01", "2021-01-31", "2021-04-30")).post(of(subjectId))
                .then().statusCode(400).body("errors.field", hasItem("startsOn"));
        Map<String, Object> badReason = decision("2021-01-29", "2021-01-31", "2021-04-30");
        badReason.put("reason", "BAD_MOOD");
        as("township-clerk", LUOSHI).body(badReason).post(of(subjectId)).then().statusCode(400);
        as("township-clerk", LUOSHI).get(of(subjectId)).then().statusCode(200).body("items.size()", equalTo(0));

        JsonPath created = as("township-clerk", LUOSHI).body(decision("2021-01-29", "2021-01-31", "2021-04-30")).post(of(subjectId))
                .then().statusCode(201).extract().jsonPath();
        assertEquals("ACTIVE", created.getString("status"));
        assertEquals("LEFT_WITHOUT_PERMISSION", created.getString("reason"));
        assertEquals(LUOSHI, created.getString("orgUnit"), "the subject's org unit");
        assertEquals("2021-04-30", created.getString("endsOn"));
        // one location at a time
        as("township-clerk", LUOSHI).body(decision("2021-02-10", "2021-02-10", "2021-03-10")).post(of(subjectId))
                .then().statusCode(409);
    }

    @Test
    void theReviewFallsDueWhenThePeriodEndsMovedPastNationalDayAndARenewalMeetsIt() {
        String subjectId = newSubject(LUOSHI);
        JsonPath first = decide(LUOSHI, subjectId, decision("2021-07-02", "2021-07-04", "2021-10-03"));
        String id = first.getString("id");
        Map<String, Object> review = item(first, KIND);
        // the period ends on 2021-10-03, in the National Day holiday (10-01..10-07): due on the 8th
        assertEquals("2021-10-08", review.get("dueOn"));
        assertEquals("《中华人民共和国社区矫正法》第二十九条", review.get("legalBasis"));
        assertEquals("OVERDUE", review.get("state"));
        assertEquals("/api/v1/corrections/electronic-locations/" + id,
                as("district-admin", DISTRICT).queryParam("kind", KIND).queryParam("orgUnit", LUOSHI).queryParam("size", 200)
                        .get(TASKS).then().statusCode(200).extract().jsonPath()
                        .getString("items.find { it.recordId == '" + id + "' }.record"));

        // a renewal of more than three months from 10-04 (to 2022-01-04 at most) is refused
        Map<String, Object> renew = map("decidedOn", "2021-09-28", "approvedBy", "大祥区司法局 李局长", "endsOn", "2022-01-05");
        as("township-clerk", LUOSHI).header("If-Match", "\"1\"").body(renew).post(LOCATIONS + "/" + id + "/renew")
                .then().statusCode(400).body("errors.field", hasItem("endsOn"));
        renew.put("endsOn", "2022-01-03");
        as("township-clerk", LUOSHI).header("If-Match", "\"7\"").body(renew).post(LOCATIONS + "/" + id + "/renew")
                .then().statusCode(412);
        JsonPath renewal = as("township-clerk", LUOSHI).header("If-Match", "\"1\"").body(renew).post(LOCATIONS + "/" + id + "/renew")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(id, renewal.getString("renewsId"));
        assertEquals("2021-10-04", renewal.getString("startsOn"), "the day after the extended period ends");
        assertEquals("LEFT_WITHOUT_PERMISSION", renewal.getString("reason"));
        // the renewal ends on 2022-01-03, in the New Year holiday (01-01..01-03): due on the 4th
        assertEquals("2022-01-04", item(renewal, KIND).get("dueOn"));

        JsonPath extended = get(LUOSHI, id);
        assertEquals("2021-09-28", extended.getString("renewedOn"));
        assertEquals(2, extended.getInt("version"));
        assertEquals("MET", item(extended, KIND).get("state"));
        assertEquals("2021-09-28", item(extended, KIND).get("metOn"));
        as("township-clerk", LUOSHI).header("If-Match", "\"2\"").body(renew).post(LOCATIONS + "/" + id + "/renew")
                .then().statusCode(409);
        as("township-clerk", LUOSHI).header("If-Match", "\"2\"").body(map("endedOn", "2021-09-30", "endReason", "NO_LONGER_NEEDED"))
                .post(LOCATIONS + "/" + id + "/end").then().statusCode(409);
        as("township-clerk", LUOSHI).get(of(subjectId)).then().statusCode(200).body("items.id", equalTo(List.of(id, renewal.getString("id"))));
    }

    @Test
    void anEndedLocationMeetsItsReviewAndCannotBeEndedTwice() {
        String subjectId = newSubject(CAIE);
        String id = decide(CAIE, subjectId, decision("2021-03-01", "2021-03-01", "2021-05-31")).getString("id");
        String end = LOCATIONS + "/" + id + "/end";
        as("township-clerk", CAIE).body(map("endedOn", "2021-04-15", "endReason", "NO_LONGER_NEEDED")).post(end).then().statusCode(428);
        as("township-clerk", CAIE).header("If-Match", "\"1\"").body(map("endedOn", "2021-02-28", "endReason", "NO_LONGER_NEEDED"))
                .post(end).then().statusCode(400).body("errors.field", hasItem("endedOn"));
        JsonPath ended = as("township-clerk", CAIE).header("If-Match", "\"1\"")
                .body(map("endedOn", "2021-04-15", "endReason", "NO_LONGER_NEEDED")).post(end).then().statusCode(200).extract().jsonPath();
        assertEquals("ENDED", ended.getString("status"));
        assertEquals("NO_LONGER_NEEDED", ended.getString("endReason"));
        assertEquals("MET", item(ended, KIND).get("state"));
        as("township-clerk", CAIE).header("If-Match", "\"2\"").body(map("endedOn", "2021-04-16", "endReason", "TERM_ENDED"))
                .post(end).then().statusCode(409);
        as("township-clerk", CAIE).header("If-Match", "\"2\"").body(map("decidedOn", "2021-04-10", "approvedBy", "李局长", "endsOn", "2021-08-31"))
                .post(LOCATIONS + "/" + id + "/renew").then().statusCode(409);
        // once ended, a new decision may follow; it may not reach back into the ended one's use
        as("township-clerk", CAIE).body(decision("2021-04-10", "2021-04-10", "2021-05-10")).post(of(subjectId)).then().statusCode(409);
        decide(CAIE, subjectId, decision("2021-04-20", "2021-04-20", "2021-07-20"));
    }

    @Test
    void aTownshipClerkSeesItsOwnLocationsAndTheDistrictSeesAll() {
        String luoshiSubject = newSubject(LUOSHI);
        String caieSubject = newSubject(CAIE);
        String luoshi = decide(LUOSHI, luoshiSubject, decision("2021-06-01", "2021-06-01", "2021-08-31")).getString("id");
        String caie = decide(CAIE, caieSubject, decision("2021-06-01", "2021-06-01", "2021-08-31")).getString("id");
        Map<String, Object> query = Map.of("kind", KIND, "dueBefore", "2021-09-30", "size", 200);

        List<String> clerk = as("township-clerk", LUOSHI).queryParams(query).get(TASKS).then().statusCode(200)
                .extract().jsonPath().getList("items.recordId");
        assertTrue(clerk.contains(luoshi));
        assertTrue(!clerk.contains(caie), "not the neighbour's");
        assertTrue(as("district-admin", DISTRICT).queryParams(query).get(TASKS).then().statusCode(200).extract().jsonPath()
                .getList("items.recordId").containsAll(List.of(luoshi, caie)));

        as("township-clerk", LUOSHI).get(LOCATIONS + "/" + caie).then().statusCode(404);
        as("township-clerk", LUOSHI).get(of(caieSubject)).then().statusCode(404);
        as("township-clerk", LUOSHI).body(decision("2021-09-01", "2021-09-01", "2021-10-31")).post(of(caieSubject)).then().statusCode(404);
        as("township-clerk", LUOSHI).header("If-Match", "\"1\"").body(map("endedOn", "2021-07-01", "endReason", "NO_LONGER_NEEDED"))
                .post(LOCATIONS + "/" + caie + "/end").then().statusCode(404);
        as("provincial-reader", "430000000000").get(LOCATIONS + "/" + caie).then().statusCode(200);
        as("provincial-reader", "430000000000").body(decision("2021-09-01", "2021-09-01", "2021-10-31")).post(of(caieSubject))
                .then().statusCode(403);
    }

    @Test
    void aTransferredSubjectTakesItsElectronicLocationAndItsReviewAlong() {
        UUID subjectId = UUID.randomUUID();
        Map<String, Object> body = subject(subjectId, LUOSHI, "PROBATION", LocalDate.of(2021, 1, 20), "NORMAL");
        as("township-clerk", LUOSHI).body(body).post(SUBJECTS).then().statusCode(201);
        String id = decide(LUOSHI, subjectId.toString(), decision("2021-05-06", "2021-05-06", "2021-08-05")).getString("id");

        Map<String, Object> moved = new LinkedHashMap<>(body);
        moved.put("orgUnit", CAIE);
        moved.put("version", 1);
        as("district-admin", DISTRICT).body(moved).put(SUBJECTS + "/" + subjectId).then().statusCode(200);

        assertEquals(CAIE, get(CAIE, id).getString("orgUnit"));
        as("township-clerk", LUOSHI).get(LOCATIONS + "/" + id).then().statusCode(404);
        Map<String, Object> query = Map.of("kind", KIND, "dueBefore", "2021-08-31", "size", 200);
        as("township-clerk", CAIE).queryParams(query).get(TASKS).then().statusCode(200).body("items.recordId", hasItem(id));
        as("township-clerk", LUOSHI).queryParams(query).get(TASKS).then().statusCode(200).body("items.recordId", not(hasItem(id)));
    }

    static JsonPath upload(String orgUnit, Map<String, Object> record) {
        return as("township-clerk", orgUnit).body(Map.of("records", List.of(record))).post(BASE + "/sync/electronic-locations")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDecisionUploadedBySyncGetsItsClockAndAnUploadKeepsWhatTheEndSet() {
        String subjectId = newSubject(CAIE);
        String id = UUID.randomUUID().toString();
        Map<String, Object> record = new LinkedHashMap<>(decision("2021-09-01", "2021-09-03", "2021-12-03"));
        record.put("id", id);
        record.put("subjectId", subjectId);
        assertEquals("CREATED", upload(CAIE, record).getString("results[0].status"));
        JsonPath stored = get(CAIE, id);
        assertEquals(CAIE, stored.getString("orgUnit"));
        assertEquals("2021-12-03", item(stored, KIND).get("dueOn"));

        Map<String, Object> tooLong = new LinkedHashMap<>(record);
        tooLong.put("id", UUID.randomUUID().toString());
        tooLong.put("startsOn", "2022-01-01");
        tooLong.put("endsOn", "2022-04-02");
        assertEquals("REJECTED", upload(CAIE, tooLong).getString("results[0].status"));
        assertEquals("REJECTED", upload(LUOSHI, record).getString("results[0].status"), "not the neighbour's subject");

        as("township-clerk", CAIE).header("If-Match", "\"1\"").body(map("endedOn", "2021-12-03", "endReason", "TERM_ENDED"))
                .post(LOCATIONS + "/" + id + "/end").then().statusCode(200);
        record.put("version", 2);
        assertEquals("UNCHANGED", upload(CAIE, record).getString("results[0].status"), "the end is the server's, not the upload's");
        record.put("approvedBy", "大祥区司法局 王副局长");
        assertEquals("UPDATED", upload(CAIE, record).getString("results[0].status"));
        JsonPath updated = get(CAIE, id);
        assertEquals("ENDED", updated.getString("status"));
        assertEquals("大祥区司法局 王副局长", updated.getString("approvedBy"));
        assertEquals("MET", item(updated, KIND).get("state"));
    }

    @Test
    void theStatsCountDecisionsInThePeriodLocationsInUseAtItsEndAndTheReviews() {
        Map<String, Number> before = stats(BANQIAO);
        String subjectId = newSubject(BANQIAO);
        decide(BANQIAO, subjectId, decision("2021-03-01", "2021-03-01", "2021-05-31"));
        decide(BANQIAO, subjectId, decision("2021-11-01", "2021-11-01", "2022-01-31"));
        Map<String, Number> after = stats(BANQIAO);

        assertEquals(2, delta(after, before, "corrections.electronicLocation.decided"));
        assertEquals(1, delta(after, before, "corrections.electronicLocation.active"), "the one in use on 2021-12-31");
        // the first falls due on 2021-05-31 and was neither ended nor renewed; the second is due in 2022
        assertEquals(1, delta(after, before, "corrections.electronicLocation.review.due"));
        assertEquals(1, delta(after, before, "corrections.electronicLocation.review.overdue"));
        assertEquals(0, delta(after, before, "corrections.electronicLocation.review.onTime"));

        List<String> catalog = as("service", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().path("items.name");
        assertTrue(catalog.containsAll(List.of("corrections.electronicLocation.decided", "corrections.electronicLocation.active",
                "corrections.electronicLocation.review.onTime", "corrections.electronicLocation.review.overdue")), catalog.toString());
        assertNull(after.get("corrections.electronicLocation.unknown"));
    }
}
