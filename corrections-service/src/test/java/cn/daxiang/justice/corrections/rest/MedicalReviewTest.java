package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.TASKS;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.delta;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.item;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.post;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.stats;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Medical re-checks (病情复查) of subjects on medical parole (保外就医) every 3 months, through the API and sync. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MedicalReviewTest {

    static final String REVIEWS = BASE + "/medical-reviews";

    /** A subject out of prison on medical parole, taken in on {@code intake}. */
    static Map<String, Object> onMedicalParole(UUID id, String orgUnit, String intake) {
        Map<String, Object> body = subject(id, orgUnit, "OUTSIDE_PRISON", LocalDate.parse(intake), "STRICT");
        body.put("outsidePrisonGround", "SERIOUS_ILLNESS");
        return body;
    }

    static Map<String, Object> review(String reviewedOn) {
        return map("reviewedOn", reviewedOn, "hospital", "邵阳市中心医院", "result", "病情未见好转，仍符合保外就医条件");
    }

    static JsonPath record(String orgUnit, UUID subject, String reviewedOn) {
        return post(SUBJECTS + "/" + subject + "/medical-reviews", orgUnit, review(reviewedOn));
    }

    static JsonPath subjectView(UUID id) {
        return as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theFirstReCheckFallsDueThreeMonthsAfterIntakeMovedPastNationalDayAndTheNextItemMovesWithEachReview() {
        UUID id = UUID.randomUUID();
        JsonPath created = post(SUBJECTS, LUOSHI, onMedicalParole(id, LUOSHI, "2021-07-01"));
        assertEquals("SERIOUS_ILLNESS", created.getString("outsidePrisonGround"));
        Map<String, Object> next = item(created, "MEDICAL_REVIEW_NEXT");
        // 3 months from 2021-07-01 end on 10-01, in the National Day holiday (10-01..10-07): the 8th
        assertEquals("2021-07-01", next.get("startsOn"));
        assertEquals("2021-10-08", next.get("dueOn"));
        assertEquals("OVERDUE", next.get("state"));
        assertTrue(((String) next.get("legalBasis")).contains("社区矫正法实施办法"), next.toString());

        JsonPath first = record(LUOSHI, id, "2021-10-08");
        assertEquals("2021-07-01", first.getString("periodStartOn"));
        Map<String, Object> onTime = item(first, "MEDICAL_REVIEW");
        assertEquals("2021-10-08", onTime.get("dueOn"));
        assertEquals("MET", onTime.get("state"));
        assertEquals("2021-10-08", onTime.get("metOn"));

        JsonPath moved = subjectView(id);
        assertEquals("2021-10-08", moved.getString("lastMedicalReviewOn"));
        assertEquals("2021-10-08", item(moved, "MEDICAL_REVIEW_NEXT").get("startsOn"));
        assertEquals("2022-01-10", item(moved, "MEDICAL_REVIEW_NEXT").get("dueOn"), "01-08 is a Saturday");

        // the second one comes late: its period ran from the first review
        JsonPath second = record(LUOSHI, id, "2022-01-20");
        assertEquals("2021-10-08", second.getString("periodStartOn"));
        assertEquals("MISSED", item(second, "MEDICAL_REVIEW").get("state"));
        assertEquals("2022-01-10", item(second, "MEDICAL_REVIEW").get("dueOn"));
        JsonPath read = as("township-clerk", LUOSHI).get(REVIEWS + "/" + second.getString("id")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("MISSED", item(read, "MEDICAL_REVIEW").get("state"), "the GET shows it too");
        assertEquals("2022-01-20", item(subjectView(id), "MEDICAL_REVIEW_NEXT").get("startsOn"));

        as("township-clerk", LUOSHI).get(SUBJECTS + "/" + id + "/medical-reviews").then().statusCode(200)
                .body("items.reviewedOn", equalTo(List.of("2021-10-08", "2022-01-20")))
                .body("items.periodStartOn", equalTo(List.of("2021-07-01", "2021-10-08")));
        // in date order only: a review on or before the latest is refused
        as("township-clerk", LUOSHI).body(review("2022-01-20")).post(SUBJECTS + "/" + id + "/medical-reviews").then()
                .statusCode(400).body("errors.field", hasItem("reviewedOn"));

        // an ended subject has no open period any more
        JsonPath released = as("township-clerk", LUOSHI).body(map("date", "2022-03-01", "reason", "TERM_SERVED", "version",
                        subjectView(id).getLong("version")))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(200).extract().jsonPath();
        assertNull(item(released, "MEDICAL_REVIEW_NEXT"));
    }

    @Test
    void onlySubjectsOnMedicalParoleAreReCheckedAndOnlyOutsidePrisonSubjectsHaveAGround() {
        UUID pregnant = UUID.randomUUID();
        Map<String, Object> body = onMedicalParole(pregnant, CAIE, "2021-07-01");
        body.put("outsidePrisonGround", "PREGNANT_OR_NURSING");
        assertNull(item(post(SUBJECTS, CAIE, body), "MEDICAL_REVIEW_NEXT"));
        as("township-clerk", CAIE).body(review("2021-10-08")).post(SUBJECTS + "/" + pregnant + "/medical-reviews").then()
                .statusCode(409).body("detail", containsString("保外就医"));

        UUID probation = UUID.randomUUID();
        Map<String, Object> wrong = subject(probation, CAIE, "PROBATION", LocalDate.of(2021, 7, 1), "NORMAL");
        wrong.put("outsidePrisonGround", "SERIOUS_ILLNESS");
        as("township-clerk", CAIE).body(wrong).post(SUBJECTS).then().statusCode(400)
                .body("errors.field", hasItem("outsidePrisonGround"));
        wrong.remove("outsidePrisonGround");
        assertNull(item(post(SUBJECTS, CAIE, wrong), "MEDICAL_REVIEW_NEXT"));
        as("township-clerk", CAIE).body(review("2021-10-08")).post(SUBJECTS + "/" + probation + "/medical-reviews").then()
                .statusCode(409);
    }

    @Test
    void aTownshipClerkSeesItsOwnReCheckItemsAndTheDistrictSeesAll() {
        UUID luoshi = UUID.randomUUID();
        UUID caie = UUID.randomUUID();
        post(SUBJECTS, LUOSHI, onMedicalParole(luoshi, LUOSHI, "2021-07-01"));
        post(SUBJECTS, CAIE, onMedicalParole(caie, CAIE, "2021-07-01"));
        UUID review = UUID.fromString(record(CAIE, caie, "2021-10-08").getString("id"));
        Map<String, Object> query = Map.of("kind", "MEDICAL_REVIEW_NEXT", "dueBefore", "2021-10-31", "size", 200);

        as("township-clerk", LUOSHI).queryParams(query).get(TASKS).then().statusCode(200)
                .body("items.recordId", hasItem(luoshi.toString()))
                .body("items.recordId", not(hasItem(caie.toString())));
        as("township-clerk", LUOSHI).get(REVIEWS + "/" + review).then().statusCode(404);
        as("township-clerk", LUOSHI).get(SUBJECTS + "/" + caie + "/medical-reviews").then().statusCode(404);
        // the district sees both; the re-checked one's open period has moved to 2022
        as("district-admin", DISTRICT).queryParams(query).get(TASKS).then().statusCode(200)
                .body("items.recordId", hasItem(luoshi.toString()))
                .body("items.recordId", not(hasItem(caie.toString())));
        as("district-admin", DISTRICT).queryParam("kind", "MEDICAL_REVIEW_NEXT").queryParam("dueBefore", "2022-01-31")
                .queryParam("size", 200).get(TASKS).then().statusCode(200)
                .body("items.recordId", hasItem(caie.toString()));
        as("district-admin", DISTRICT).get(REVIEWS + "/" + review).then().statusCode(200)
                .body("subjectId", equalTo(caie.toString()));
    }

    @Test
    void aReCheckUploadedBySyncMovesTheSubjectsItemAndOnlyTheLatestMayBeDeleted() {
        UUID subject = UUID.randomUUID();
        post(SUBJECTS, BANQIAO, onMedicalParole(subject, BANQIAO, "2021-07-01"));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Map<String, Object> one = map("id", first.toString(), "subjectId", subject.toString(), "reviewedOn", "2021-10-08",
                "hospital", "邵阳市中心医院", "result", "病情稳定");
        Map<String, Object> two = map("id", second.toString(), "subjectId", subject.toString(), "reviewedOn", "2022-01-07",
                "hospital", "邵阳市中心医院", "result", "病情稳定");
        JsonPath created = as("township-clerk", BANQIAO).body(map("records", List.of(one, two)))
                .post(BASE + "/sync/medical-reviews").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATED", "CREATED"), created.getList("results.status"), created.prettify());
        assertEquals("2022-01-07", subjectView(subject).getString("lastMedicalReviewOn"));
        assertEquals("MET", item(as("township-clerk", BANQIAO).get(REVIEWS + "/" + second).then().statusCode(200).extract()
                .jsonPath(), "MEDICAL_REVIEW").get("state"));

        Map<String, Object> replay = new java.util.LinkedHashMap<>(one);
        replay.put("version", 1);
        as("township-clerk", BANQIAO).body(map("records", List.of(replay))).post(BASE + "/sync/medical-reviews").then()
                .statusCode(200).body("results[0].status", equalTo("UNCHANGED"));

        as("township-clerk", BANQIAO).body(map("records", List.of(map("id", first.toString(), "version", 1, "deleted", true))))
                .post(BASE + "/sync/medical-reviews").then().statusCode(200).body("results[0].status", not(equalTo("UPDATED")))
                .body("results[0].errors[0].message", containsString("最近一次"));
        as("township-clerk", BANQIAO).body(map("records", List.of(map("id", second.toString(), "version", 1, "deleted", true))))
                .post(BASE + "/sync/medical-reviews").then().statusCode(200).body("results[0].status", equalTo("UPDATED"));
        JsonPath after = subjectView(subject);
        assertEquals("2021-10-08", after.getString("lastMedicalReviewOn"));
        assertEquals("2021-10-08", item(after, "MEDICAL_REVIEW_NEXT").get("startsOn"));
    }

    @Test
    void theStatsCountReCheckedOnTimeLateAndOpenPeriodsOverdue() {
        Map<String, Number> before = stats(BANQIAO);
        UUID onTime = UUID.randomUUID();
        post(SUBJECTS, BANQIAO, onMedicalParole(onTime, BANQIAO, "2021-07-01"));
        record(BANQIAO, onTime, "2021-10-08");
        UUID late = UUID.randomUUID();
        post(SUBJECTS, BANQIAO, onMedicalParole(late, BANQIAO, "2021-07-01"));
        record(BANQIAO, late, "2021-10-11");
        UUID never = UUID.randomUUID();
        post(SUBJECTS, BANQIAO, onMedicalParole(never, BANQIAO, "2021-07-01"));
        Map<String, Number> after = stats(BANQIAO);

        assertEquals(2, delta(after, before, "corrections.medicalReview.due"));
        assertEquals(1, delta(after, before, "corrections.medicalReview.onTime"));
        assertEquals(1, delta(after, before, "corrections.medicalReview.late"));
        // open periods: the never re-checked one due 2021-10-08, the other two moved into 2022 (outside the period asked)
        assertEquals(1, delta(after, before, "corrections.medicalReview.next.due"));
        assertEquals(1, delta(after, before, "corrections.medicalReview.next.overdue"));

        List<String> catalog = as("service", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().path("items.name");
        assertTrue(catalog.containsAll(List.of("corrections.medicalReview.onTime", "corrections.medicalReview.late",
                "corrections.medicalReview.next.overdue")), catalog.toString());
    }
}
