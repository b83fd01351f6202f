package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.corrections.sync.CorrectionsSyncTest;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.masked;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditRows;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One person in correction twice, without an oracle across units: a clerk whose scope does not hold the
 * other record is told nothing (201, CREATED) and the pair goes to the district admin's review queue.
 * Townships 城西, 翠园, 百春园, 城南 and 火车南站, intake year 2013: no other test of this module writes there.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SuspectedDuplicateTest {

    static final String CHENGXI = "430503004000";
    static final String CUIYUAN = "430503005000";
    static final String BAICHUNYUAN = "430503006000";
    static final String CHENGNAN = "430503007000";
    static final String HUOCHENANZHAN = "430503008000";
    static final String QUEUE = TestData.BASE + "/suspected-duplicates";
    static final LocalDate INTAKE = LocalDate.of(2013, 2, 1);

    @Inject
    AgroalDataSource dataSource;

    /** A subject body of the given unit for the person of {@code like} (same ID number and birth date). */
    static Map<String, Object> samePerson(Map<String, Object> like, String orgUnit) {
        Map<String, Object> body = subject(UUID.randomUUID(), orgUnit, "PROBATION", INTAKE.plusDays(10), "NORMAL");
        body.put("idNumber", like.get("idNumber"));
        body.put("birthDate", like.get("birthDate"));
        return body;
    }

    static long active(String orgUnit) {
        return as("district-admin", DISTRICT).queryParam("orgUnit", orgUnit).queryParam("from", "2013-01-01")
                .queryParam("to", "2013-12-31").get(TestData.BASE + "/stats").then().statusCode(200)
                .extract().jsonPath().getLong("metrics.'corrections.subjects.active'");
    }

    static JsonPath open() {
        return as("district-admin", DISTRICT).queryParam("status", "OPEN").queryParam("size", 200).get(QUEUE)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The stats of one unit for 2014 ({@code from} null: cumulative), alone or with {@code groupBy=child}. */
    static JsonPath stats2014(String orgUnit, String from, boolean byChild) {
        var request = as("service", DISTRICT).queryParam("orgUnit", orgUnit).queryParam("to", "2014-12-31");
        if (from != null) {
            request.queryParam("from", from);
        }
        if (byChild) {
            request.queryParam("groupBy", "child");
        }
        return request.get(TestData.BASE + "/stats").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theDistrictGroupedByTownshipAnswersEachTownshipAsItsOwnRequestDoesAPairCountingInEachScope() {
        Map<String, Object> first = subject(UUID.randomUUID(), CHENGXI, "PAROLE", LocalDate.of(2014, 3, 1), "STRICT");
        as("township-clerk", CHENGXI).body(first).post(SUBJECTS).then().statusCode(201);
        Map<String, Object> later = samePerson(first, CUIYUAN);
        later.put("intakeDate", "2014-03-11");
        as("township-clerk", CUIYUAN).body(later).post(SUBJECTS).then().statusCode(201);

        for (String from : java.util.Arrays.asList("2014-01-01", null)) {
            JsonPath grouped = stats2014(DISTRICT, from, true);
            assertEquals(stats2014(DISTRICT, from, false).getMap("metrics"), grouped.getMap("metrics"), "the district itself");
            List<String> children = grouped.getList("children.orgUnit");
            assertEquals(14, children.size(), "every township of the district, with or without records");
            assertTrue(children.containsAll(List.of(CHENGXI, CUIYUAN)));
            for (int i = 0; i < children.size(); i++) {
                String child = children.get(i);
                JsonPath alone = stats2014(child, from, false);
                assertEquals(alone.getMap("metrics"), grouped.getMap("children[" + i + "].metrics"), child + " from " + from);
                assertEquals(alone.getString("from"), grouped.getString("children[" + i + "].from"));
                assertEquals("2014-12-31", grouped.getString("children[" + i + "].to"));
            }
            // each township counts its own record of the pair; the district counts the person once
            long chengxi = grouped.getLong("children[" + children.indexOf(CHENGXI) + "].metrics.'corrections.subjects.active'");
            long cuiyuan = grouped.getLong("children[" + children.indexOf(CUIYUAN) + "].metrics.'corrections.subjects.active'");
            assertTrue(chengxi >= 1 && cuiyuan >= 1);
        }
        as("service", DISTRICT).queryParam("groupBy", "township").get(TestData.BASE + "/stats").then().statusCode(400);
        assertNull(stats2014(DISTRICT, "2014-01-01", false).get("children"), "a plain request has no children");
    }

    @Test
    void aClerkTakingInAPersonInCorrectionElsewhereLearnsNothingAndTheDistrictAdminReviewsThePair() {
        long districtBefore = active(DISTRICT);
        Map<String, Object> first = subject(UUID.randomUUID(), CHENGXI, "PROBATION", INTAKE, "NORMAL");
        String firstId = (String) first.get("id");
        as("township-clerk", CHENGXI).body(first).post(SUBJECTS).then().statusCode(201);

        // another township: 201 with its own record and nothing of the other one
        Map<String, Object> later = samePerson(first, CUIYUAN);
        String laterId = (String) later.get("id");
        String answer = as("township-clerk", CUIYUAN).body(later).post(SUBJECTS).then().statusCode(201)
                .body("id", equalTo(laterId)).body("orgUnit", equalTo(CUIYUAN)).body("status", equalTo("IN_CORRECTION"))
                .extract().asString();
        assertFalse(answer.contains(firstId) || answer.contains(CHENGXI) || answer.contains("矫正中"), answer);
        // through sync likewise: CREATED, no errors
        Map<String, Object> third = samePerson(first, BAICHUNYUAN);
        String thirdId = (String) third.get("id");
        JsonPath synced = as("township-clerk", BAICHUNYUAN).body(Map.of("records", List.of(third)))
                .post("/api/v1/corrections/sync/subjects").then().statusCode(200).extract().jsonPath();
        assertEquals("CREATED", synced.getString("results[0].status"), synced.prettify());
        assertFalse(synced.prettify().contains(firstId) || synced.prettify().contains(CHENGXI), synced.prettify());

        // within a scope that holds the other record, a plain 409 tells nothing new
        as("township-clerk", CHENGXI).body(samePerson(first, CHENGXI)).post(SUBJECTS).then().statusCode(409);
        as("district-admin", DISTRICT).body(samePerson(first, CUIYUAN)).post(SUBJECTS).then().statusCode(409);

        // the queue is the district admin's alone
        for (String town : List.of(CHENGXI, CUIYUAN, BAICHUNYUAN)) {
            as("township-clerk", town).get(QUEUE).then().statusCode(403);
        }
        as("provincial-reader", PROVINCE).get(QUEUE).then().statusCode(403);
        JsonPath queue = open();
        List<Map<String, Object>> mine = queue.<Map<String, Object>>getList("items").stream()
                .filter(i -> firstId.equals(i.get("existingSubjectId"))).toList();
        assertEquals(2, mine.size(), queue.prettify());
        Map<String, Object> pair = mine.stream().filter(i -> laterId.equals(i.get("subjectId"))).findFirst().orElseThrow();
        assertEquals(CUIYUAN, pair.get("subjectOrgUnit"));
        assertEquals(CHENGXI, pair.get("existingSubjectOrgUnit"));
        assertEquals(masked((String) first.get("idNumber")), pair.get("idNumber"));
        assertEquals(DISTRICT, pair.get("orgUnit"));
        String pairId = (String) pair.get("id");
        String thirdPairId = (String) mine.stream().filter(i -> thirdId.equals(i.get("subjectId"))).findFirst().orElseThrow().get("id");

        // each township counts its own record (its figures reveal nothing); the district counts the person once
        assertEquals(1, active(CUIYUAN));
        assertEquals(1, active(BAICHUNYUAN));
        assertEquals(districtBefore + 1, active(DISTRICT));

        // not dismissed while both are still the same person in correction
        as("district-admin", DISTRICT).body(map("note", "核查", "version", 1)).post(QUEUE + "/" + pairId + "/dismiss")
                .then().statusCode(409);
        // confirmed: the later record goes, with a tombstone in its unit's feed, audited
        as("district-admin", DISTRICT).body(map("note", "同一人重复录入", "version", 1)).post(QUEUE + "/" + pairId + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("version", equalTo(2))
                .body("resolvedBy", equalTo("district-admin@" + DISTRICT)).body("subjectOrgUnit", equalTo(null));
        as("district-admin", DISTRICT).get(SUBJECTS + "/" + laterId).then().statusCode(404);
        assertEquals(Boolean.TRUE, CorrectionsSyncTest.mirror(as("township-clerk", CUIYUAN), "subjects").get(laterId).get("deleted"));
        assertEquals(1, auditRows(dataSource, pairId, "CONFIRM_DUPLICATE"));
        as("district-admin", DISTRICT).body(map("version", 2)).post(QUEUE + "/" + pairId + "/confirm").then().statusCode(409);

        // dismissed once the first unit released the person: the third record stays and counts again
        as("township-clerk", CHENGXI).body(map("date", "2013-06-01", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + firstId + "/release").then().statusCode(200);
        as("district-admin", DISTRICT).header("If-Match", "1").body(map("note", "原机构已解除矫正"))
                .post(QUEUE + "/" + thirdPairId + "/dismiss").then().statusCode(200).body("status", equalTo("DISMISSED"));
        as("township-clerk", BAICHUNYUAN).get(SUBJECTS + "/" + thirdId).then().statusCode(200);
        assertEquals(districtBefore + 1, active(DISTRICT));
        assertTrue(open().<String>getList("items.existingSubjectId").stream().noneMatch(firstId::equals));
    }

    @Test
    void changingAnIdNumberToOneInCorrectionElsewhereIsStoredAndFlaggedToo() {
        Map<String, Object> held = subject(UUID.randomUUID(), CHENGNAN, "PROBATION", INTAKE, "NORMAL");
        as("township-clerk", CHENGNAN).body(held).post(SUBJECTS).then().statusCode(201);
        Map<String, Object> mine = subject(UUID.randomUUID(), HUOCHENANZHAN, "PROBATION", INTAKE, "NORMAL");
        String mineId = (String) mine.get("id");
        as("township-clerk", HUOCHENANZHAN).body(mine).post(SUBJECTS).then().statusCode(201);

        mine.put("idNumber", held.get("idNumber"));
        mine.put("birthDate", held.get("birthDate"));
        mine.put("version", 1);
        as("township-clerk", HUOCHENANZHAN).body(mine).put(SUBJECTS + "/" + mineId).then().statusCode(200).body("version", equalTo(2));
        assertTrue(open().<String>getList("items.subjectId").contains(mineId));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.suspected_duplicate WHERE subject_id = ? AND existing_subject_id = ?",
                UUID.fromString(mineId), UUID.fromString((String) held.get("id"))));
    }
}
