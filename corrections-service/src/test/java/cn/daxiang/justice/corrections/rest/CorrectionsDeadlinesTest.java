package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
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
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.assertClock;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.item;
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

/** The line's statutory clocks through the API: due dates across holidays, the to-do list's scope, the timeliness figures. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CorrectionsDeadlinesTest {

    static final String INVESTIGATIONS = BASE + "/investigations";
    static final String PERSONS = BASE + "/resettlement/persons";
    static final String TASKS = BASE + "/tasks";

    /** A probation subject whose judgment took effect on {@code judgment}, taken in on 2021-02-20, term ending 2021-10-01. */
    static Map<String, Object> probation(UUID id, String orgUnit, String judgment) {
        Map<String, Object> body = subject(id, orgUnit, "PROBATION", LocalDate.of(2021, 2, 20), "NORMAL");
        body.put("correctionEnd", "2021-10-01");
        body.put("judgmentEffectiveOn", judgment);
        return body;
    }

    static JsonPath post(String path, String orgUnit, Map<String, Object> body) {
        return as("township-clerk", orgUnit).body(body).post(path).then().statusCode(201).extract().jsonPath();
    }

    static JsonPath put(String path, String orgUnit, Map<String, Object> body, long version) {
        Map<String, Object> update = new LinkedHashMap<>(body);
        update.put("version", version);
        return as("township-clerk", orgUnit).body(update).put(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSubjectReportsWithinTenDaysOfTheJudgmentAndSpringFestivalMovesTheLastDay() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = probation(id, LUOSHI, "2021-02-05");
        JsonPath created = post(SUBJECTS, LUOSHI, body);
        // 10 days from 2021-02-05 end on 2021-02-15, inside the Spring Festival holiday (02-11..02-17): the 18th
        assertClock(item(created, "SUBJECT_REPORT_IN"), "2021-02-05", "2021-02-18", "10日",
                "《中华人民共和国社区矫正法》第二十一条第一款", "OVERDUE");
        assertEquals("2021-02-05", created.getString("judgmentEffectiveOn"));

        body.put("reportedOn", "2021-02-18");
        JsonPath onTime = put(SUBJECTS + "/" + id, LUOSHI, body, 1);
        assertEquals("MET", item(onTime, "SUBJECT_REPORT_IN").get("state"));
        assertEquals("2021-02-18", onTime.getString("reportedOn"));
        body.put("reportedOn", "2021-02-19");
        assertEquals("MISSED", item(put(SUBJECTS + "/" + id, LUOSHI, body, 2), "SUBJECT_REPORT_IN").get("state"));
        assertEquals("MISSED", item(as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(200).extract().jsonPath(),
                "SUBJECT_REPORT_IN").get("state"), "the GET shows it too");

        body.put("reportedOn", "2021-02-04");
        as("township-clerk", LUOSHI).body(body).header("If-Match", "\"3\"").put(SUBJECTS + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("reportedOn"));

        // 暂予监外执行 subjects are handed over by the prison or the police: no report-in clock
        Map<String, Object> outside = subject(UUID.randomUUID(), LUOSHI, "OUTSIDE_PRISON", LocalDate.of(2021, 2, 20), "NORMAL");
        outside.put("judgmentEffectiveOn", "2021-02-05");
        assertNull(item(post(SUBJECTS, LUOSHI, outside), "SUBJECT_REPORT_IN"));
        // without the date, no clock either (records from before keep working)
        assertNull(item(post(SUBJECTS, LUOSHI, subject(UUID.randomUUID(), LUOSHI, "PAROLE", LocalDate.of(2021, 2, 20), "NORMAL")),
                "SUBJECT_REPORT_IN"));
    }

    @Test
    void releaseFallsDueWhenTheTermEndsMovedPastNationalDayRemindedAMonthAheadAndEndsWithATermination() {
        UUID id = UUID.randomUUID();
        JsonPath created = post(SUBJECTS, LUOSHI, probation(id, LUOSHI, null));
        Map<String, Object> release = item(created, "SUBJECT_RELEASE");
        // the term ends on 2021-10-01, in the National Day holiday (10-01..10-07): the formalities fall due on the 8th
        assertEquals("2021-10-08", release.get("dueOn"));
        assertEquals("2021-09-08", release.get("remindOn"), "a month ahead (platform.corrections.release-reminder)");
        assertEquals("《中华人民共和国社区矫正法》第四十四条", release.get("legalBasis"));
        assertEquals("OVERDUE", release.get("state"));

        JsonPath released = as("township-clerk", LUOSHI).body(map("date", "2021-10-08", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(200).extract().jsonPath();
        assertEquals("MET", item(released, "SUBJECT_RELEASE").get("state"));
        assertEquals("2021-10-08", item(released, "SUBJECT_RELEASE").get("metOn"));

        UUID revoked = UUID.randomUUID();
        post(SUBJECTS, LUOSHI, probation(revoked, LUOSHI, null));
        JsonPath terminated = as("township-clerk", LUOSHI).body(map("date", "2021-06-01", "reason", "REVOKED", "version", 1))
                .post(SUBJECTS + "/" + revoked + "/terminate").then().statusCode(200).extract().jsonPath();
        assertNull(item(terminated, "SUBJECT_RELEASE"), "a terminated correction has no release to do");
        as("district-admin", DISTRICT).queryParam("kind", "SUBJECT_RELEASE").queryParam("orgUnit", LUOSHI)
                .queryParam("dueBefore", "2021-10-31").queryParam("size", 200).get(TASKS).then().statusCode(200)
                .body("items.recordId", not(hasItem(revoked.toString())))
                .body("items.recordId", not(hasItem(id.toString())));
    }

    static Map<String, Object> investigation(String orgUnit, String entrustedOn, boolean expedited) {
        return map("orgUnit", orgUnit, "entrustingAuthority", "COURT", "entrustingOrgan", "大祥区人民法院", "personName", "张三",
                "personIdNumber", TestData.newPerson().idNumber(), "entrustedOn", entrustedOn, "expedited", expedited);
    }

    @Test
    void anInvestigationTakesTenWorkingDaysOrFiveExpeditedCountingNationalDayAdjustedWorkdays() {
        // entrusted Wednesday 2023-09-27: 09-28, then the holiday 09-29..10-06, the adjusted working days 10-07 and 10-08
        Map<String, Object> body = investigation(BANQIAO, "2023-09-27", false);
        JsonPath normal = post(INVESTIGATIONS, BANQIAO, body);
        Map<String, Object> completion = item(normal, "INVESTIGATION_COMPLETION");
        assertEquals("2023-10-17", completion.get("dueOn"));
        assertEquals("10个工作日", completion.get("period"));
        assertEquals("《中华人民共和国社区矫正法实施办法》第十四条", completion.get("legalBasis"));
        assertEquals(false, normal.getBoolean("expedited"));

        body.put("completedOn", "2023-10-17");
        body.put("opinion", "SUITABLE");
        assertEquals("MET", item(put(INVESTIGATIONS + "/" + normal.getString("id"), BANQIAO, body, 1), "INVESTIGATION_COMPLETION")
                .get("state"));

        JsonPath expedited = post(INVESTIGATIONS, BANQIAO, investigation(BANQIAO, "2023-09-27", true));
        assertEquals(true, expedited.getBoolean("expedited"));
        Map<String, Object> fast = item(expedited, "INVESTIGATION_COMPLETION");
        assertEquals("2023-10-10", fast.get("dueOn"));
        assertEquals("5个工作日", fast.get("period"));
        assertEquals("OVERDUE", fast.get("state"));
    }

    static Map<String, Object> releasedPerson(String orgUnit, String releasedOn, String contactedOn, String noticeOn) {
        Map<String, Object> body = map("orgUnit", orgUnit, "name", "孙八", "gender", "MALE", "idNumber", TestData.newPerson().idNumber(),
                "source", "PRISON_RELEASE", "releasedOn", releasedOn, "receivedOn", releasedOn, "handoverDone", false,
                "keyTarget", false);
        body.put("contactedOn", contactedOn);
        body.put("noticeReceivedOn", noticeOn);
        return body;
    }

    @Test
    void theTownshipContactsAReleasedPersonWithinSevenDaysMovedPastSpringFestival() {
        Map<String, Object> body = releasedPerson(CAIE, "2021-02-05", null, "2021-01-10");
        JsonPath created = post(PERSONS, CAIE, body);
        Map<String, Object> contact = item(created, "RESETTLEMENT_CONTACT");
        // 7 days from 2021-02-05 end on 02-12, in the Spring Festival holiday: the 18th
        assertEquals("2021-02-18", contact.get("dueOn"));
        assertEquals("7日", contact.get("period"));
        assertEquals("OVERDUE", contact.get("state"));
        assertEquals("2021-01-10", created.getString("noticeReceivedOn"));

        body.put("contactedOn", "2021-02-18");
        JsonPath contacted = put(PERSONS + "/" + created.getString("id"), CAIE, body, 1);
        assertEquals("MET", item(contacted, "RESETTLEMENT_CONTACT").get("state"));
        assertEquals("2021-02-18", contacted.getString("contactedOn"));

        Map<String, Object> early = releasedPerson(CAIE, "2021-02-05", "2021-02-04", null);
        as("township-clerk", CAIE).body(early).post(PERSONS).then().statusCode(400).body("errors.field", hasItem("contactedOn"));
    }

    @Test
    void aTownshipClerkSeesItsOwnItemsAndTheDistrictSeesAll() {
        UUID luoshi = UUID.randomUUID();
        UUID caie = UUID.randomUUID();
        post(SUBJECTS, LUOSHI, probation(luoshi, LUOSHI, "2021-03-01"));
        post(SUBJECTS, CAIE, probation(caie, CAIE, "2021-03-01"));
        Map<String, Object> query = Map.of("kind", "SUBJECT_REPORT_IN", "dueBefore", "2021-03-31", "size", 200);

        List<String> clerk = as("township-clerk", LUOSHI).queryParams(query).get(TASKS).then().statusCode(200)
                .extract().jsonPath().getList("items.recordId");
        assertTrue(clerk.contains(luoshi.toString()));
        assertTrue(!clerk.contains(caie.toString()), "not the neighbour's");
        as("township-clerk", LUOSHI).queryParams(query).queryParam("orgUnit", CAIE).get(TASKS).then().statusCode(200)
                .body("items.recordId", not(hasItem(caie.toString())));

        JsonPath district = as("district-admin", DISTRICT).queryParams(query).get(TASKS).then().statusCode(200).extract().jsonPath();
        assertTrue(district.getList("items.recordId").containsAll(List.of(luoshi.toString(), caie.toString())));
        Map<String, Object> task = district.getMap("items.find { it.recordId == '" + caie + "' }");
        assertEquals("/api/v1/corrections/subjects/" + caie, task.get("record"));
        assertEquals("2021-03-11", task.get("dueOn"));
        assertEquals("OVERDUE", task.get("state"));
        assertEquals("《中华人民共和国社区矫正法》第二十一条第一款", task.get("legalBasis"));
        as("provincial-reader", "430000000000").queryParams(query).get(TASKS).then().statusCode(200)
                .body("items.recordId", hasItem(caie.toString()));
    }

    @Test
    void aSubjectUploadedBySyncGetsItsClockAndAnUploadedReportMeetsIt() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = probation(id, CAIE, "2021-02-05");
        Map<String, Object> query = Map.of("kind", "SUBJECT_REPORT_IN", "dueBefore", "2021-02-28", "size", 200);
        as("township-clerk", CAIE).body(Map.of("records", List.of(body))).post(BASE + "/sync/subjects").then().statusCode(200)
                .body("results[0].status", equalTo("CREATED"));
        as("township-clerk", CAIE).queryParams(query).get(TASKS).then().statusCode(200).body("items.recordId", hasItem(id.toString()));

        Map<String, Object> reported = new LinkedHashMap<>(body);
        reported.put("reportedOn", "2021-02-18");
        reported.put("version", 1);
        as("township-clerk", CAIE).body(Map.of("records", List.of(reported))).post(BASE + "/sync/subjects").then().statusCode(200)
                .body("results[0].status", equalTo("UPDATED"));
        as("township-clerk", CAIE).queryParams(query).get(TASKS).then().statusCode(200)
                .body("items.recordId", not(hasItem(id.toString())));
        as("township-clerk", CAIE).queryParams(query).queryParam("state", "MET").get(TASKS).then().statusCode(200)
                .body("items.recordId", hasItem(id.toString()));
    }

    static Map<String, Number> stats(String orgUnit) {
        return as("district-admin", DISTRICT).queryParam("orgUnit", orgUnit).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath().getMap("metrics", String.class, Number.class);
    }

    static long delta(Map<String, Number> after, Map<String, Number> before, String metric) {
        return after.get(metric).longValue() - before.get(metric).longValue();
    }

    @Test
    void theStatsCountItemsDueOnTimeLateAndOverdueAndLateReleaseNotices() {
        Map<String, Number> before = stats(BANQIAO);
        // report-in: one on time, one late, one still open
        Map<String, Object> onTime = probation(UUID.randomUUID(), BANQIAO, "2021-02-05");
        onTime.put("reportedOn", "2021-02-18");
        post(SUBJECTS, BANQIAO, onTime);
        Map<String, Object> late = probation(UUID.randomUUID(), BANQIAO, "2021-02-05");
        late.put("reportedOn", "2021-02-19");
        post(SUBJECTS, BANQIAO, late);
        post(SUBJECTS, BANQIAO, probation(UUID.randomUUID(), BANQIAO, "2021-02-05"));
        // contact after release: one late; notices: one a month ahead, one late
        post(PERSONS, BANQIAO, releasedPerson(BANQIAO, "2021-03-31", "2021-04-09", "2021-02-28"));
        post(PERSONS, BANQIAO, releasedPerson(BANQIAO, "2021-03-31", null, "2021-03-01"));
        Map<String, Number> after = stats(BANQIAO);

        assertEquals(3, delta(after, before, "corrections.subjects.reportIn.due"));
        assertEquals(1, delta(after, before, "corrections.subjects.reportIn.onTime"));
        assertEquals(1, delta(after, before, "corrections.subjects.reportIn.late"));
        assertEquals(1, delta(after, before, "corrections.subjects.reportIn.overdue"));
        // the three terms end on 2021-10-01, due 10-08, none released
        assertEquals(3, delta(after, before, "corrections.subjects.release.due"));
        assertEquals(3, delta(after, before, "corrections.subjects.release.overdue"));
        assertEquals(2, delta(after, before, "resettlement.persons.contact.due"));
        assertEquals(1, delta(after, before, "resettlement.persons.contact.late"));
        assertEquals(1, delta(after, before, "resettlement.persons.contact.overdue"));
        // released 03-31: due a month ahead, by 02-28
        assertEquals(1, delta(after, before, "corrections.resettlement.noticeOnTime"));
        assertEquals(1, delta(after, before, "corrections.resettlement.noticeLate"));

        List<String> catalog = as("service", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().path("items.name");
        assertTrue(catalog.containsAll(List.of("corrections.subjects.reportIn.onTime", "corrections.investigations.completion.late",
                "corrections.investigations.completion.overdue", "corrections.subjects.release.due",
                "resettlement.persons.contact.onTime", "corrections.resettlement.noticeLate")), catalog.toString());
    }
}
