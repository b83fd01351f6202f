package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
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
import static cn.daxiang.justice.corrections.TestData.team;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.batch;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.upload;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditRows;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The resettlement chain of a person released from prison (安置帮教 衔接): the prison's release notice, the hand-over at
 * release (必接必送 / 衔接), the 帮教 visits and the end of the 帮教 period. The release on 30 September 2021 is the eve of
 * the National Day holiday: the person is picked up at the prison gate that day and visited during the holiday.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ResettlementHandoverTest {

    static final String PERSONS = BASE + "/resettlement/persons";
    static final String VISITS = BASE + "/resettlement/visits";

    @Inject
    AgroalDataSource dataSource;

    /** A prison release with its notice (arrived 20 August, more than a month ahead), not yet handed over. */
    static Map<String, Object> notified(String town) {
        return map("id", UUID.randomUUID().toString(), "orgUnit", town, "name", "孙八", "gender", "MALE",
                "idNumber", TestData.newPerson().idNumber(), "source", "PRISON_RELEASE", "releasedOn", "2021-09-30",
                "receivedOn", "2021-09-30", "noticeReceivedOn", "2021-08-20", "prisonName", "湖南省邵阳监狱",
                "expectedReleaseOn", "2021-09-30", "keyTarget", true, "supportTeam", team(5));
    }

    static Map<String, Object> with(Map<String, Object> record, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(record);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    static Map<String, Object> pickedUp(Map<String, Object> person) {
        return with(person, "handoverOn", "2021-09-30", "handoverMethod", "PICKED_UP_AT_GATE", "handoverBy", "王所长");
    }

    static Map<String, Object> visit(String kind, String on) {
        return map("visitedOn", on, "visitedBy", "王所长", "kind", kind, "result", "已落实住所，情绪稳定");
    }

    static String create(String town, Map<String, Object> body) {
        return as("township-clerk", town).body(body).post(PERSONS).then().statusCode(201).extract().path("id");
    }

    static String addVisit(String town, String personId, Map<String, Object> body) {
        return as("township-clerk", town).body(body).post(PERSONS + "/" + personId + "/visits").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aPrisonReleaseIsNotifiedPickedUpAtTheGateVisitedOverTheHolidayAndEnded() {
        Map<String, Object> person = notified(CAIE);
        String id = create(CAIE, person);
        as("township-clerk", CAIE).get(PERSONS + "/" + id).then().statusCode(200)
                .body("prisonName", equalTo("湖南省邵阳监狱")).body("expectedReleaseOn", equalTo("2021-09-30"))
                .body("handoverDone", equalTo(false)).body("handoverOn", nullValue()).body("handoverMethod", nullValue());

        // picked up at the gate on the day of release: handed over, derived; the contact item is met that day
        as("township-clerk", CAIE).body(with(pickedUp(person), "version", 1)).put(PERSONS + "/" + id).then().statusCode(200)
                .body("handoverDone", equalTo(true)).body("handoverOn", equalTo("2021-09-30"))
                .body("handoverMethod", equalTo("PICKED_UP_AT_GATE")).body("handoverBy", equalTo("王所长"))
                .body("deadlines.find { it.kind == 'RESETTLEMENT_CONTACT' }.metOn", equalTo("2021-09-30"))
                .body("deadlines.find { it.kind == 'RESETTLEMENT_CONTACT' }.state", equalTo("MET"));

        // visits through the holiday, listed oldest first, the team member's name in clear for the province
        var created = as("township-clerk", CAIE).body(visit("HOME_VISIT", "2021-10-04")).post(PERSONS + "/" + id + "/visits");
        String home = created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/corrections/resettlement/visits/" + created.jsonPath().getString("id")))
                .body("personId", equalTo(id)).body("orgUnit", equalTo(CAIE)).body("version", equalTo(1))
                .extract().path("id");
        String talk = addVisit(CAIE, id, visit("TALK", "2021-09-30"));
        as("township-clerk", CAIE).get(PERSONS + "/" + id + "/visits").then().statusCode(200)
                .body("items.id", equalTo(List.of(talk, home)));
        as("provincial-reader", PROVINCE).get(VISITS + "/" + home).then().statusCode(200).body("visitedBy", equalTo("王所长"));
        as("township-clerk", CAIE).body(with(visit("HOME_VISIT", "2021-10-05"), "version", 1)).put(VISITS + "/" + home)
                .then().statusCode(200).body("version", equalTo(2)).body("visitedOn", equalTo("2021-10-05"));
        as("township-clerk", CAIE).body(with(visit("HOME_VISIT", "2021-10-05"), "version", 1)).put(VISITS + "/" + home)
                .then().statusCode(412);

        // the end of the 帮教 period may not come before the last visit; after it, no visit
        as("township-clerk", CAIE).body(with(pickedUp(person), "endedOn", "2021-10-04", "version", 2)).put(PERSONS + "/" + id)
                .then().statusCode(400).body("errors.field", hasItem("endedOn"));
        as("township-clerk", CAIE).body(with(pickedUp(person), "endedOn", "2022-03-31", "version", 2)).put(PERSONS + "/" + id)
                .then().statusCode(200).body("status", equalTo("ENDED")).body("handoverDone", equalTo(true));
        as("township-clerk", CAIE).body(visit("PHONE", "2022-04-01")).post(PERSONS + "/" + id + "/visits").then().statusCode(400)
                .body("errors.field", hasItem("visitedOn"));
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "ResettlementVisit", UUID.fromString(home)));
        assertEquals(3, auditRows(dataSource, UUID.fromString(id)));
    }

    @Test
    void theHandOverFollowsTheNoticeAndTheReleaseInTheLawsOrderAndNothingOutOfOrderIsStored() {
        Map<String, Object> person = notified(CAIE);
        Object[][] bad = {
                // no hand-over of a prison release before its notice arrived
                {with(pickedUp(person), "noticeReceivedOn", null), "noticeReceivedOn"},
                {with(person, "noticeReceivedOn", "2021-10-02", "handoverOn", "2021-10-01", "handoverMethod", "CONTACTED",
                        "handoverBy", "王所长"), "handoverOn"},
                // nor before the release; picked up at the gate is on the day of release
                {with(person, "handoverOn", "2021-09-29", "handoverMethod", "HANDED_OVER_BY_PRISON", "handoverBy", "王所长"), "handoverOn"},
                {with(person, "handoverOn", "2021-10-08", "handoverMethod", "PICKED_UP_AT_GATE", "handoverBy", "王所长"), "handoverOn"},
                // a hand-over is whole: day, way and who
                {with(person, "handoverOn", "2021-09-30", "handoverMethod", "PICKED_UP_AT_GATE"), "handoverBy"},
                {with(person, "handoverMethod", "CONTACTED", "handoverBy", "王所长"), "handoverOn"},
                // the flag may not contradict the way; the correction office's way is not a prison release's
                {with(pickedUp(person), "handoverDone", false), "handoverDone"},
                {with(person, "handoverOn", "2021-10-08", "handoverMethod", "HANDED_OVER_BY_CORRECTION", "handoverBy", "王所长"),
                        "handoverMethod"},
                {with(person, "handoverMethod", "BY_TAXI"), null},
                {with(person, "handoverOn", "2999-01-01", "handoverMethod", "CONTACTED", "handoverBy", "王所长"), "handoverOn"},
                // the notice is a prison's
                {with(person, "source", "CORRECTION_RELEASE"), "prisonName"},
        };
        for (Object[] b : bad) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = with((Map<String, Object>) b[0], "id", UUID.randomUUID().toString());
            var answer = as("township-clerk", CAIE).body(body).post(PERSONS).then().statusCode(400);
            if (b[1] != null) {
                answer.body("errors.field", hasItem(endsWith((String) b[1])));
            }
            assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.resettlement_person WHERE id = ?",
                    UUID.fromString((String) body.get("id"))), body.toString());
            assertEquals(0, auditRows(dataSource, UUID.fromString((String) body.get("id"))));
        }

        // tried and not reached: recorded, not handed over; contacted later: handed over
        String id = create(CAIE, with(person, "handoverOn", "2021-10-08", "handoverMethod", "NOT_REACHED", "handoverBy", "王所长"));
        as("township-clerk", CAIE).get(PERSONS + "/" + id).then().body("handoverDone", equalTo(false))
                .body("deadlines.find { it.kind == 'RESETTLEMENT_CONTACT' }.metOn", nullValue());
        as("township-clerk", CAIE).body(with(person, "handoverOn", "2021-10-11", "handoverMethod", "CONTACTED", "handoverBy", "王所长",
                "version", 1)).put(PERSONS + "/" + id).then().statusCode(200).body("handoverDone", equalTo(true));
        as("township-clerk", CAIE).queryParam("handoverDone", true).queryParam("size", 200).get(PERSONS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.handoverDone", everyItem(equalTo(true)));
        as("township-clerk", CAIE).queryParam("handoverDone", false).queryParam("size", 200).get(PERSONS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        // a client before the hand-over was recorded sends only the flag: it keeps working
        String old = create(CAIE, with(person, "id", UUID.randomUUID().toString(), "noticeReceivedOn", null, "handoverDone", true));
        as("township-clerk", CAIE).get(PERSONS + "/" + old).then().body("handoverDone", equalTo(true)).body("handoverOn", nullValue());
        // and its update with the flag alone keeps the hand-over a newer client recorded, checked against its new dates
        Map<String, Object> oldClient = with(person, "handoverDone", true, "keyTarget", false, "version", 2);
        as("township-clerk", CAIE).body(with(oldClient, "noticeReceivedOn", null)).put(PERSONS + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("noticeReceivedOn"));
        as("township-clerk", CAIE).body(oldClient).put(PERSONS + "/" + id).then().statusCode(200)
                .body("keyTarget", equalTo(false)).body("handoverMethod", equalTo("CONTACTED")).body("handoverOn", equalTo("2021-10-11"));
        assertEquals("UNCHANGED", upload(clerk(CAIE), "resettlement-persons", batch(with(oldClient, "id", id, "version", 3)))
                .getString("results[0].status"));

        // a visit before the release, or in the future, or of an unknown kind, is refused and nothing stored
        String path = PERSONS + "/" + id + "/visits";
        as("township-clerk", CAIE).body(visit("TALK", "2021-09-29")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("visitedOn"));
        as("township-clerk", CAIE).body(visit("TALK", "2999-09-29")).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("visitedOn")));
        as("township-clerk", CAIE).body(visit("DINNER", "2021-10-04")).post(path).then().statusCode(400);
        as("township-clerk", CAIE).body(map("visitedOn", "2021-10-04", "visitedBy", " ", "kind", "TALK", "result", "x"))
                .post(path).then().statusCode(400).body("errors.field", hasItem(endsWith("visitedBy")));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.resettlement_visit WHERE person_id = ?",
                UUID.fromString(id)));
        // the release may not move after a recorded visit
        addVisit(CAIE, id, visit("TALK", "2021-10-04"));
        as("township-clerk", CAIE).body(with(person, "releasedOn", "2021-10-05", "receivedOn", "2021-10-05", "version", 3))
                .put(PERSONS + "/" + id).then().statusCode(400).body("errors.field", hasItem("releasedOn"));
    }

    @Test
    void aReleasedSubjectIsHandedOverByTheCorrectionOfficeWithTheDayAndWho() {
        UUID subject = UUID.randomUUID();
        as("township-clerk", CAIE).body(subject(subject, CAIE, "PROBATION", LocalDate.of(2020, 9, 1), "NORMAL")).post(SUBJECTS)
                .then().statusCode(201);
        as("township-clerk", CAIE).body(map("date", "2021-09-30", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + subject + "/release").then().statusCode(200);
        String path = SUBJECTS + "/" + subject + "/resettlement";
        as("township-clerk", CAIE).body(map("receivedOn", "2021-10-08", "keyTarget", false, "handoverOn", "2021-09-30",
                "handoverMethod", "PICKED_UP_AT_GATE", "handoverBy", "王所长")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("handoverMethod"));
        as("township-clerk", CAIE).body(map("receivedOn", "2021-10-08", "keyTarget", false, "handoverOn", "2021-09-29",
                "handoverMethod", "HANDED_OVER_BY_CORRECTION", "handoverBy", "王所长")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("handoverOn"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.resettlement_person WHERE subject_id = ?", subject));
        as("township-clerk", CAIE).body(map("receivedOn", "2021-10-08", "keyTarget", false, "handoverOn", "2021-09-30",
                        "handoverMethod", "HANDED_OVER_BY_CORRECTION", "handoverBy", "王所长")).post(path).then().statusCode(201)
                .body("handoverDone", equalTo(true)).body("handoverMethod", equalTo("HANDED_OVER_BY_CORRECTION"))
                .body("source", equalTo("CORRECTION_RELEASE"));
    }

    @Test
    void aClerkSeesOnlyItsOwnTownshipsVisitsAndTheDistrictSeesThemAll() {
        String mine = create(CAIE, pickedUp(notified(CAIE)));
        String visit = addVisit(CAIE, mine, visit("HOME_VISIT", "2021-10-04"));
        String theirs = create(BANQIAO, pickedUp(notified(BANQIAO)));
        String own = addVisit(BANQIAO, theirs, visit("PHONE", "2021-10-04"));

        as("township-clerk", BANQIAO).get(VISITS + "/" + visit).then().statusCode(404);
        as("township-clerk", BANQIAO).body(with(visit("HOME_VISIT", "2021-10-04"), "version", 1)).put(VISITS + "/" + visit)
                .then().statusCode(404);
        as("township-clerk", BANQIAO).body(visit("TALK", "2021-10-04")).post(PERSONS + "/" + mine + "/visits").then().statusCode(404);
        as("township-clerk", BANQIAO).get(PERSONS + "/" + mine + "/visits").then().statusCode(404);
        as("township-clerk", BANQIAO).queryParam("size", 200).get(VISITS).then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(BANQIAO))).body("items.id", hasItem(own)).body("items.id", not(hasItem(visit)));
        as("provincial-reader", PROVINCE).body(visit("TALK", "2021-10-04")).post(PERSONS + "/" + mine + "/visits").then()
                .statusCode(403);
        as("district-admin", DISTRICT).queryParam("size", 200).get(VISITS).then().statusCode(200).body("items.id", hasItems(visit, own));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("kind", "HOME_VISIT").queryParam("from", "2021-10-04")
                .queryParam("to", "2021-10-04").queryParam("size", 200).get(VISITS).then().statusCode(200)
                .body("items.id", hasItem(visit)).body("items.id", not(hasItem(own)))
                .body("items.kind", everyItem(equalTo("HOME_VISIT")));

        // the person moves to another office: the visits follow
        Map<String, Object> moved = with(pickedUp(notified(CAIE)), "orgUnit", BANQIAO, "version", 1);
        String movedId = create(CAIE, with(moved, "orgUnit", CAIE, "version", null));
        String followed = addVisit(CAIE, movedId, visit("TALK", "2021-10-04"));
        as("district-admin", DISTRICT).body(with(moved, "id", movedId)).put(PERSONS + "/" + movedId).then().statusCode(200)
                .body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", BANQIAO).get(VISITS + "/" + followed).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", CAIE).get(VISITS + "/" + followed).then().statusCode(404);
        assertEquals(List.of("CREATE", "MOVE"), auditActions(dataSource, "ResettlementVisit", UUID.fromString(followed)).subList(0, 2));
    }

    @Test
    void aTownshipUploadsVisitsThroughTheApisRulesAndFindsThemInItsFeed() {
        String personId = create(CAIE, pickedUp(notified(CAIE)));
        String id = UUID.randomUUID().toString();
        Map<String, Object> uploaded = with(visit("HOME_VISIT", "2021-10-04"), "id", id, "personId", personId);
        JsonPath answer = upload(clerk(CAIE), "resettlement-visits", batch(uploaded,
                with(visit("TALK", "2021-09-29"), "id", UUID.randomUUID().toString(), "personId", personId),
                with(visit("TALK", "2021-10-04"), "id", UUID.randomUUID().toString(), "personId", UUID.randomUUID().toString())));
        assertEquals(List.of("CREATED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("visitedOn", answer.getString("results[1].errors[0].field"));
        as("township-clerk", CAIE).get(VISITS + "/" + id).then().statusCode(200).body("personId", equalTo(personId))
                .body("orgUnit", equalTo(CAIE));

        // another township cannot touch it; the person stays
        assertEquals("REJECTED", upload(clerk(BANQIAO), "resettlement-visits", batch(with(uploaded, "result", "改", "version", 1)))
                .getString("results[0].status"));
        assertEquals("REJECTED", upload(clerk(CAIE), "resettlement-visits",
                batch(with(uploaded, "personId", create(CAIE, notified(CAIE)), "version", 1))).getString("results[0].status"));
        assertEquals("UPDATED", upload(clerk(CAIE), "resettlement-visits", batch(with(uploaded, "kind", "ASSISTANCE", "version", 1)))
                .getString("results[0].status"));
        as("township-clerk", CAIE).get(VISITS + "/" + id).then().body("version", equalTo(2)).body("kind", equalTo("ASSISTANCE"));

        List<String> fed = clerk(CAIE).queryParam("limit", 500).get("/api/v1/corrections/sync/resettlement-visits/changes")
                .then().statusCode(200).extract().path("changes.id");
        org.hamcrest.MatcherAssert.assertThat(fed, hasItem(id));
        List<String> notFed = clerk(BANQIAO).queryParam("limit", 500).get("/api/v1/corrections/sync/resettlement-visits/changes")
                .then().statusCode(200).extract().path("changes.id");
        org.hamcrest.MatcherAssert.assertThat(notFed, not(hasItem(id)));

        // a person with visits is not deleted from under them
        JsonPath refused = upload(cn.daxiang.justice.devsupport.testing.Callers.admin(), "resettlement-persons", batch(map("id", personId, "version", 1, "deleted", true)));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        org.hamcrest.MatcherAssert.assertThat(refused.getString("results[0].errors[0].message"), containsString("帮教走访"));
    }
}
