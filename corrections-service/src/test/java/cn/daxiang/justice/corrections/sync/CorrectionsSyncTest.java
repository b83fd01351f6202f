package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.ApiSyncRace;
import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.SyncProtocolChecks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditRows;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Township sync of the corrections line: batch upsert through the API's own write path, and the change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class CorrectionsSyncTest extends SyncProtocolChecks {

    @Override
    protected String syncRoot() {
        return "/api/v1/corrections/sync";
    }

    @Override
    protected String sampleResource() {
        return "investigations";
    }

    @Override
    protected String sampleOrgUnit() {
        return YUXI;
    }

    @Override
    protected String newSampleRecord() {
        try {
            return mapper.writeValueAsString(investigation(UUID.randomUUID(), YUXI));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 雨溪街道 and 檀江街道: no other corrections test writes there, so their feeds hold only this test's records. */
    static final String YUXI = "430503010000";
    static final String TANJIANG = "430503011000";
    static final String SYNC = "/api/v1/corrections/sync/";
    static final String INVESTIGATIONS = "/api/v1/corrections/investigations";
    static final String BAD_ID_NUMBER = "110105194912310021";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    public static Map<String, Object> batch(Object... records) {
        return Map.of("records", List.of(records));
    }

    public static JsonPath upload(RequestSpecification who, String resource, Object body) {
        return who.body(body).post(SYNC + resource).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> with(Map<String, Object> record, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(record);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    static Map<String, Object> newSubject(String orgUnit) {
        return subject(UUID.randomUUID(), orgUnit, "PROBATION", LocalDate.of(2021, 3, 5), "NORMAL");
    }

    static Map<String, Object> investigation(UUID id, String orgUnit) {
        return TestData.map("id", id.toString(), "orgUnit", orgUnit, "entrustingAuthority", "COURT",
                "entrustingOrgan", "大祥区人民法院", "personName", "张三", "personIdNumber", "11010519491231002X",
                "entrustedOn", "2021-03-01");
    }

    /** Pulls the whole feed of a resource as a township sees it, last change per id. */
    public static Map<String, Map<String, Object>> mirror(RequestSpecification who, String resource) {
        return mirror(who, resource, 1000);
    }

    /** The same, {@code limit} changes a page. */
    static Map<String, Map<String, Object>> mirror(RequestSpecification who, String resource, int limit) {
        Map<String, Map<String, Object>> mirror = new LinkedHashMap<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            // a fresh request per page: REST Assured's specification is mutable, and a reused one would send every cursor so far
            RequestSpecification request = RestAssured.given().spec(who).queryParam("limit", limit);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath answer = request.get(SYNC + resource + "/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = answer.getList("changes");
            if (changes.isEmpty()) {
                return mirror;
            }
            changes.forEach(c -> mirror.put((String) c.get("id"), c));
            cursor = answer.getString("nextCursor");
        }
        throw new AssertionError("the feed never ended");
    }

    long rows(String table, Object id) {
        return count(dataSource, "SELECT count(*) FROM corrections." + table + " WHERE id = ?", id);
    }

    long total(String sql) {
        return count(dataSource, sql);
    }

    @Test
    void subjectBatchIsJudgedRecordByRecordAndReplaysChangeNothing() {
        Map<String, Object> existing = newSubject(YUXI);
        assertEquals("CREATED", upload(clerk(YUXI), "subjects", batch(existing)).getString("results[0].status"));
        JsonPath updated = upload(clerk(YUXI), "subjects", batch(with(existing, "name", "王五改", "version", 1)));
        assertEquals("UPDATED", updated.getString("results[0].status"));
        assertEquals(2, updated.getInt("results[0].version"));

        Map<String, Object> fresh = newSubject(YUXI);
        Map<String, Object> invalid = with(newSubject(YUXI), "idNumber", BAD_ID_NUMBER);
        Map<String, Object> stale = with(existing, "name", "旧版本改动", "version", 1);
        Map<String, Object> foreign = newSubject(TANJIANG);
        Object body = batch(fresh, invalid, stale, foreign);

        JsonPath answer = upload(clerk(YUXI), "subjects", body);
        assertEquals(List.of("CREATED", "REJECTED", "CONFLICT", "REJECTED"), answer.getList("results.status"));
        assertEquals(fresh.get("id"), answer.getString("results[0].id"));
        assertEquals(1, answer.getInt("results[0].version"));
        assertEquals("idNumber", answer.getString("results[1].errors[0].field"));
        assertEquals(2, answer.getInt("results[2].current.version"));
        assertEquals("王五改", answer.getString("results[2].current.name"));
        assertEquals("orgUnit", answer.getString("results[3].errors[0].field"));
        assertEquals(Map.of("created", 1, "updated", 0, "unchanged", 0, "conflict", 1, "rejected", 2), answer.getMap("summary"));
        assertEquals(1, rows("subject", UUID.fromString((String) fresh.get("id"))));
        assertEquals(0, rows("subject", UUID.fromString((String) invalid.get("id"))));
        assertEquals(0, rows("subject", UUID.fromString((String) foreign.get("id"))));
        // the sync create is the API's create: the intake entry of the level history is there, and audited
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.subject_level WHERE subject_id = ?",
                UUID.fromString((String) fresh.get("id"))));
        assertEquals(1, auditRows(dataSource, fresh.get("id"), "CREATE"));
        clerk(YUXI).get(SUBJECTS + "/" + existing.get("id")).then().statusCode(200)
                .body("name", equalTo("王五改")).body("version", equalTo(2));

        long subjects = total("SELECT count(*) FROM corrections.subject");
        long levels = total("SELECT count(*) FROM corrections.subject_level");
        long audits = total("SELECT count(*) FROM corrections.audit_log");
        JsonPath replay = upload(clerk(YUXI), "subjects", body);
        assertEquals(List.of("UNCHANGED", "REJECTED", "CONFLICT", "REJECTED"), replay.getList("results.status"));
        assertEquals(1, replay.getInt("results[0].version"));
        assertEquals(subjects, total("SELECT count(*) FROM corrections.subject"));
        assertEquals(levels, total("SELECT count(*) FROM corrections.subject_level"));
        assertEquals(audits, total("SELECT count(*) FROM corrections.audit_log"));
    }

    @Test
    void aControlCharacterRejectsTheRecordNamingTheFieldAndNothingOfItIsStored() {
        Map<String, Object> nul = with(newSubject(YUXI), "name", "王\u0000五");
        Map<String, Object> escape = with(investigation(UUID.randomUUID(), YUXI), "entrustingOrgan", "大祥区\u001b人民法院");
        Map<String, Object> good = newSubject(YUXI);
        JsonPath subjects = upload(clerk(YUXI), "subjects", batch(nul, good));
        assertEquals(List.of("REJECTED", "CREATED"), subjects.getList("results.status"));
        assertEquals("name", subjects.getString("results[0].errors[0].field"));
        assertTrue(subjects.getString("results[0].errors[0].message").contains("控制字符"), subjects.prettify());
        assertEquals(0, rows("subject", UUID.fromString((String) nul.get("id"))));
        JsonPath investigations = upload(clerk(YUXI), "investigations", batch(escape));
        assertEquals("REJECTED", investigations.getString("results[0].status"));
        assertEquals("entrustingOrgan", investigations.getString("results[0].errors[0].field"));
        assertEquals(0, rows("investigation", UUID.fromString((String) escape.get("id"))));
    }

    @Test
    void investigationBatchIsJudgedRecordByRecordAndReplaysChangeNothing() {
        UUID existing = UUID.randomUUID();
        upload(clerk(YUXI), "investigations", batch(investigation(existing, YUXI)));
        upload(clerk(YUXI), "investigations", batch(with(investigation(existing, YUXI), "personName", "张三丰", "version", 1)));

        UUID fresh = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        upload(clerk(TANJIANG), "investigations", batch(with(investigation(theirs, TANJIANG), "personName", "檀江的人")));
        Object body = batch(
                investigation(fresh, YUXI),
                with(investigation(invalid, YUXI), "personIdNumber", BAD_ID_NUMBER),
                with(investigation(existing, YUXI), "personName", "旧版本", "version", 1),
                investigation(foreign, TANJIANG),
                with(investigation(theirs, YUXI), "version", 1),
                // the API's own rule beyond Bean Validation: completion date and opinion together
                with(investigation(UUID.randomUUID(), YUXI), "completedOn", "2021-03-10"));

        JsonPath answer = upload(clerk(YUXI), "investigations", body);
        assertEquals(List.of("CREATED", "REJECTED", "CONFLICT", "REJECTED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("personIdNumber", answer.getString("results[1].errors[0].field"));
        assertEquals("张三丰", answer.getString("results[2].current.personName"));
        assertEquals(2, answer.getInt("results[2].current.version"));
        assertEquals("orgUnit", answer.getString("results[3].errors[0].field"));
        assertFalse(answer.getString("results[4]").contains("檀江的人"), "another office's record is not revealed");
        assertEquals("opinion", answer.getString("results[5].errors[0].field"));
        assertEquals(Map.of("created", 1, "updated", 0, "unchanged", 0, "conflict", 1, "rejected", 4), answer.getMap("summary"));
        assertEquals(1, rows("investigation", fresh));
        assertEquals(0, rows("investigation", invalid) + rows("investigation", foreign));
        assertEquals(2L, count(dataSource, "SELECT version FROM corrections.investigation WHERE id = ?", existing));
        assertEquals(1L, count(dataSource, "SELECT version FROM corrections.investigation WHERE id = ?", theirs));

        long investigations = total("SELECT count(*) FROM corrections.investigation");
        long audits = total("SELECT count(*) FROM corrections.audit_log");
        JsonPath replay = upload(clerk(YUXI), "investigations", body);
        assertEquals(List.of("UNCHANGED", "REJECTED", "CONFLICT", "REJECTED", "REJECTED", "REJECTED"), replay.getList("results.status"));
        assertEquals(investigations, total("SELECT count(*) FROM corrections.investigation"));
        assertEquals(audits, total("SELECT count(*) FROM corrections.audit_log"));
    }

    @Test
    void recordsCreatedThroughTheApiAppearInTheirTownshipsFeedOnly() {
        UUID investigation = UUID.randomUUID();
        as("township-clerk", YUXI).body(investigation(investigation, YUXI)).post(INVESTIGATIONS).then().statusCode(201);
        Map<String, Object> subject = newSubject(YUXI);
        as("township-clerk", YUXI).body(subject).post(SUBJECTS).then().statusCode(201);

        Map<String, Map<String, Object>> ours = mirror(clerk(YUXI), "investigations");
        assertTrue(ours.containsKey(investigation.toString()));
        assertEquals(1, ((Number) ours.get(investigation.toString()).get("version")).intValue());
        assertEquals(false, ours.get(investigation.toString()).get("deleted"));
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) ours.get(investigation.toString()).get("record");
        assertEquals("张三", record.get("personName"));
        assertFalse(mirror(clerk(TANJIANG), "investigations").containsKey(investigation.toString()));

        assertTrue(mirror(clerk(YUXI), "subjects").containsKey((String) subject.get("id")));
        assertFalse(mirror(clerk(TANJIANG), "subjects").containsKey((String) subject.get("id")));
        // the district sees both townships
        assertTrue(mirror(as("district-admin", DISTRICT), "subjects").containsKey((String) subject.get("id")));

        as("provincial-reader", PROVINCE).body(batch(subject)).post(SYNC + "subjects").then().statusCode(403);
        clerk(YUXI).queryParam("since", "not-a-cursor").get(SYNC + "subjects/changes").then().statusCode(400);
        clerk(YUXI).get(SYNC + "committees/changes").then().statusCode(404);
    }

    @Test
    void aMirrorOfAFeedLongerThanTwoPagesGetsEveryRecordAndEnds() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> subject = newSubject(TANJIANG);
            assertEquals("CREATED", upload(clerk(TANJIANG), "subjects", batch(subject)).getString("results[0].status"));
            ids.add((String) subject.get("id"));
        }
        // two changes a page: at least three pages, each asked for with the cursor the page before gave, and that one only
        Map<String, Map<String, Object>> mirror = mirror(clerk(TANJIANG), "subjects", 2);
        assertTrue(mirror.keySet().containsAll(ids), "every record of the feed: " + mirror.keySet());
    }

    @Test
    void anUpdateThroughSyncIsTheApisUpdate() {
        Map<String, Object> subject = newSubject(YUXI);
        String id = (String) subject.get("id");
        as("township-clerk", YUXI).body(subject).post(SUBJECTS).then().statusCode(201).body("version", equalTo(1));

        JsonPath updated = upload(clerk(YUXI), "subjects", batch(with(subject, "offence", "盗窃罪", "version", 1)));
        assertEquals("UPDATED", updated.getString("results[0].status"));
        assertEquals(2, updated.getInt("results[0].version"));
        clerk(YUXI).get(SUBJECTS + "/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("offence", equalTo("盗窃罪"));
        assertEquals(1, auditRows(dataSource, id, "UPDATE"));

        // the level changes only through the level action, as with the API's PUT
        JsonPath level = upload(clerk(YUXI), "subjects", batch(with(subject, "offence", "盗窃罪", "supervisionLevel", "STRICT", "version", 2)));
        assertEquals("REJECTED", level.getString("results[0].status"));
        assertEquals("supervisionLevel", level.getString("results[0].errors[0].field"));
        // the same validation as the API: birth date must match the ID number
        JsonPath birth = upload(clerk(YUXI), "subjects", batch(with(subject, "birthDate", "1950-01-01", "version", 2)));
        assertEquals("REJECTED", birth.getString("results[0].status"));
        assertEquals("birthDate", birth.getString("results[0].errors[0].field"));
        // moving a record out of the caller's scope is rejected
        JsonPath moved = upload(clerk(YUXI), "subjects", batch(with(subject, "orgUnit", TANJIANG, "version", 2)));
        assertEquals("REJECTED", moved.getString("results[0].status"));
        clerk(YUXI).get(SUBJECTS + "/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("supervisionLevel", equalTo("NORMAL")).body("orgUnit", equalTo(YUXI));

        // a released subject uploaded again as it was is unchanged: status belongs to the actions
        as("township-clerk", YUXI).body(TestData.map("date", "2021-09-01", "reason", "TERM_SERVED", "version", 2))
                .post(SUBJECTS + "/" + id + "/release").then().statusCode(200).body("version", equalTo(3));
        JsonPath same = upload(clerk(YUXI), "subjects", batch(with(subject, "offence", "盗窃罪", "version", 3)));
        assertEquals("UNCHANGED", same.getString("results[0].status"));
        assertEquals(3, same.getInt("results[0].version"));
    }

    @Test
    void aTownshipClerkDeletesNoSubjectInCorrectionOrEndedByAnyPath() {
        Map<String, Object> active = newSubject(YUXI);
        Map<String, Object> ended = newSubject(YUXI);
        upload(clerk(YUXI), "subjects", batch(active, ended));
        String activeId = (String) active.get("id");
        String endedId = (String) ended.get("id");
        clerk(YUXI).body(TestData.map("date", "2021-09-01", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + endedId + "/release").then().statusCode(200);

        // the API has no way to delete a subject
        clerk(YUXI).delete(SUBJECTS + "/" + activeId).then().statusCode(405);
        // sync obeys the life-cycle rule: REJECTED with the reason, nothing deleted, no tombstone
        JsonPath refused = upload(clerk(YUXI), "subjects", batch(TestData.map("id", activeId, "version", 1, "deleted", true),
                TestData.map("id", endedId, "version", 2, "deleted", true)));
        assertEquals(List.of("REJECTED", "REJECTED"), refused.getList("results.status"), refused.prettify());
        assertEquals("该对象正在矫正中，司法所不能删除；误录的对象请报区司法局删除", refused.getString("results[0].errors[0].message"));
        assertEquals("该对象已解除矫正，矫正档案须保留，司法所不能删除", refused.getString("results[1].errors[0].message"));
        for (String id : List.of(activeId, endedId)) {
            assertEquals(1, rows("subject", UUID.fromString(id)));
            assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.subject_level WHERE subject_id = ?", UUID.fromString(id)));
            assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.tombstone WHERE entity_id = ?", UUID.fromString(id)));
        }
        // the district admin undoes a mistaken intake
        assertEquals("UPDATED", upload(admin(), "subjects", batch(TestData.map("id", activeId, "version", 1, "deleted", true)))
                .getString("results[0].status"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.tombstone WHERE entity_id = ?", UUID.fromString(activeId)));
    }

    @Test
    void aSubjectWithViolationsCannotBeDeletedButAChildlessInvestigationCan() {
        Map<String, Object> subject = newSubject(YUXI);
        String subjectId = (String) subject.get("id");
        upload(clerk(YUXI), "subjects", batch(subject));
        as("township-clerk", YUXI).body(TestData.map("occurredOn", "2021-05-10", "description", "未经批准离开所居住的市县",
                "sanction", "WARNING")).post(SUBJECTS + "/" + subjectId + "/violations").then().statusCode(201);

        // (a township clerk deletes no subject at all, see below: the district admin undoes a mistaken intake)
        JsonPath refused = upload(admin(), "subjects", batch(TestData.map("id", subjectId, "version", 1, "deleted", true)));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        assertEquals("id", refused.getString("results[0].errors[0].field"));
        assertTrue(refused.getString("results[0].errors[0].message").contains("违规记录"), refused.prettify());
        assertEquals(1, rows("subject", UUID.fromString(subjectId)));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.tombstone WHERE entity_id = ?", UUID.fromString(subjectId)));
        clerk(YUXI).get(SUBJECTS + "/" + subjectId).then().statusCode(200).body("version", equalTo(1));

        // once the violation is deleted, the subject can be: its level history goes with it, audited
        String violation = clerk(YUXI).get(SUBJECTS + "/" + subjectId + "/violations").then().statusCode(200).extract().path("items[0].id");
        assertEquals("UPDATED", upload(clerk(YUXI), "violations", batch(TestData.map("id", violation, "version", 1, "deleted", true)))
                .getString("results[0].status"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.subject_level WHERE subject_id = ?", UUID.fromString(subjectId)));
        JsonPath gone = upload(admin(), "subjects", batch(TestData.map("id", subjectId, "version", 1, "deleted", true)));
        assertEquals("UPDATED", gone.getString("results[0].status"), gone.prettify());
        assertEquals(0, rows("subject", UUID.fromString(subjectId)));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.subject_level WHERE subject_id = ?", UUID.fromString(subjectId)));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.audit_log WHERE entity_type = 'SubjectLevel' AND action = 'DELETE' "
                + "AND position(? in changes::text) > 0", subjectId));
        assertEquals(true, mirror(clerk(YUXI), "subjects").get(subjectId).get("deleted"));

        UUID investigation = UUID.randomUUID();
        upload(clerk(YUXI), "investigations", batch(investigation(investigation, YUXI)));
        Map<String, Object> delete = TestData.map("id", investigation.toString(), "version", 1, "deleted", true);
        JsonPath deleted = upload(clerk(YUXI), "investigations", batch(delete));
        assertEquals("UPDATED", deleted.getString("results[0].status"));
        assertTrue(deleted.getBoolean("results[0].deleted"));
        assertEquals(0, rows("investigation", investigation));
        as("township-clerk", YUXI).get(INVESTIGATIONS + "/" + investigation).then().statusCode(404);
        assertEquals(1, auditRows(dataSource, investigation, "DELETE"));

        Map<String, Object> change = mirror(clerk(YUXI), "investigations").get(investigation.toString());
        assertEquals(true, change.get("deleted"));
        assertNull(change.get("record"));
        assertEquals(1, ((Number) change.get("version")).intValue());

        // a stale update does not bring it back
        JsonPath stale = upload(clerk(YUXI), "investigations", batch(with(investigation(investigation, YUXI), "version", 1)));
        assertEquals("CONFLICT", stale.getString("results[0].status"));
        assertEquals(0, rows("investigation", investigation));
        assertEquals("UNCHANGED", upload(clerk(YUXI), "investigations", batch(delete)).getString("results[0].status"));
    }

    @Test
    void violationsAndScoresSyncThroughTheSubjectsApiRules() {
        Map<String, Object> subject = newSubject(YUXI);
        String subjectId = (String) subject.get("id");
        upload(clerk(YUXI), "subjects", batch(subject));
        Map<String, Object> other = newSubject(YUXI);
        upload(clerk(YUXI), "subjects", batch(other));

        String violation = UUID.randomUUID().toString();
        Map<String, Object> v = TestData.map("id", violation, "subjectId", subjectId, "occurredOn", "2021-05-10",
                "description", "未经批准离开所居住的市县", "sanction", "WARNING");
        Object body = batch(v,
                // before the intake date: the API's own rule
                TestData.map("id", UUID.randomUUID().toString(), "subjectId", subjectId, "occurredOn", "2021-01-10",
                        "description", "入矫前", "sanction", "WARNING"),
                // an unknown subject: the API's "not found"
                TestData.map("id", UUID.randomUUID().toString(), "subjectId", UUID.randomUUID().toString(), "occurredOn", "2021-05-10",
                        "description", "无此人", "sanction", "WARNING"));
        JsonPath answer = upload(clerk(YUXI), "violations", body);
        assertEquals(List.of("CREATED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("occurredOn", answer.getString("results[1].errors[0].field"));
        assertEquals(List.of("UNCHANGED", "REJECTED", "REJECTED"), upload(clerk(YUXI), "violations", body).getList("results.status"));
        // another township cannot touch it
        assertEquals("REJECTED", upload(clerk(TANJIANG), "violations", batch(with(v, "description", "改", "version", 1)))
                .getString("results[0].status"));
        // the owning subject cannot change
        JsonPath moved = upload(clerk(YUXI), "violations", batch(with(v, "subjectId", other.get("id"), "version", 1)));
        assertEquals("REJECTED", moved.getString("results[0].status"));
        assertEquals("subjectId", moved.getString("results[0].errors[0].field"));
        assertEquals("UPDATED", upload(clerk(YUXI), "violations", batch(with(v, "sanction", "ADMONITION", "version", 1)))
                .getString("results[0].status"));
        clerk(YUXI).get(SUBJECTS + "/" + subjectId + "/violations").then().statusCode(200)
                .body("items[0].id", equalTo(violation)).body("items[0].sanction", equalTo("ADMONITION")).body("items[0].version", equalTo(2));
        Map<String, Object> change = mirror(clerk(YUXI), "violations").get(violation);
        assertEquals(2, ((Number) change.get("version")).intValue());
        assertFalse(mirror(clerk(TANJIANG), "violations").containsKey(violation));

        Map<String, Object> score = TestData.map("id", UUID.randomUUID().toString(), "subjectId", subjectId, "month", "2021-05", "score", 90);
        Map<String, Object> sameMonth = TestData.map("id", UUID.randomUUID().toString(), "subjectId", subjectId, "month", "2021-05", "score", 80);
        JsonPath scores = upload(clerk(YUXI), "scores", batch(score, sameMonth));
        assertEquals(List.of("CREATED", "REJECTED"), scores.getList("results.status"));
        assertEquals(List.of("UNCHANGED", "REJECTED"), upload(clerk(YUXI), "scores", batch(score, sameMonth)).getList("results.status"));
        assertEquals("UPDATED", upload(clerk(YUXI), "scores", batch(with(score, "score", 95, "version", 1))).getString("results[0].status"));
        clerk(YUXI).get(SUBJECTS + "/" + subjectId + "/scores").then().statusCode(200)
                .body("items[0].score", equalTo(95)).body("items[0].version", equalTo(2));
    }

    /**
     * The API locks a subject before its violation; sync locks the subject first too (lockFirst), so
     * concurrent updates of one violation through both paths never deadlock: each round, exactly one
     * of the two wins and the other is told its version is stale.
     */
    @Test
    void updatesOfOneViolationThroughSyncAndTheApiAtOnceNeverDeadlock() throws Exception {
        Map<String, Object> subject = newSubject(YUXI);
        String subjectId = (String) subject.get("id");
        upload(clerk(YUXI), "subjects", batch(subject));
        String violation = UUID.randomUUID().toString();
        Map<String, Object> v = TestData.map("id", violation, "subjectId", subjectId, "occurredOn", "2021-05-10",
                "description", "未经批准离开所居住的市县", "sanction", "WARNING");
        upload(clerk(YUXI), "violations", batch(v));
        ApiSyncRace.run(25,
                base -> clerk(YUXI).header("If-Match", "\"" + base + "\"")
                        .body(TestData.map("occurredOn", "2021-05-10", "description", "API 第" + base + "次", "sanction", "WARNING"))
                        .put(SUBJECTS + "/" + subjectId + "/violations/" + violation).then().extract().statusCode(),
                base -> upload(clerk(YUXI), "violations", batch(with(v, "description", "同步 第" + base + "次", "version", base)))
                        .getString("results[0].status"));
        assertEquals(26, ((Number) clerk(YUXI).get(SUBJECTS + "/" + subjectId + "/violations").then().statusCode(200)
                .extract().path("items[0].version")).intValue());
    }

    @Test
    void educationVisitsAndResettlementSyncThroughTheirApis() {
        Map<String, Object> a = newSubject(YUXI);
        Map<String, Object> b = newSubject(YUXI);
        upload(clerk(YUXI), "subjects", batch(a, b));

        String session = UUID.randomUUID().toString();
        Map<String, Object> s = TestData.map("id", session, "orgUnit", YUXI, "heldOn", "2021-06-01", "topic", "法治教育",
                "kind", "COLLECTIVE", "subjectIds", List.of(a.get("id"), b.get("id")));
        Map<String, Object> individualOfTwo = with(s, "id", UUID.randomUUID().toString(), "kind", "INDIVIDUAL");
        JsonPath sessions = upload(clerk(YUXI), "education-sessions", batch(s, individualOfTwo));
        assertEquals(List.of("CREATED", "REJECTED"), sessions.getList("results.status"));
        assertEquals("subjectIds", sessions.getString("results[1].errors[0].field"));
        // the same attendees in another order are the same session
        assertEquals("UNCHANGED", upload(clerk(YUXI), "education-sessions",
                batch(with(s, "subjectIds", List.of(b.get("id"), a.get("id"))))).getString("results[0].status"));
        assertEquals("UPDATED", upload(clerk(YUXI), "education-sessions",
                batch(with(s, "subjectIds", List.of(a.get("id")), "version", 1))).getString("results[0].status"));
        clerk(YUXI).get("/api/v1/corrections/education-sessions/" + session).then().statusCode(200)
                .body("version", equalTo(2)).body("personTimes", equalTo(1));
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) mirror(clerk(YUXI), "education-sessions").get(session).get("record");
        assertEquals(List.of(a.get("id")), record.get("subjectIds"));
        // a session goes with its attendance list
        assertEquals("UPDATED", upload(clerk(YUXI), "education-sessions", batch(TestData.map("id", session, "version", 2, "deleted", true)))
                .getString("results[0].status"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.education_attendance WHERE session_id = ?", UUID.fromString(session)));
        assertEquals(true, mirror(clerk(YUXI), "education-sessions").get(session).get("deleted"));

        Map<String, Object> visit = TestData.map("id", UUID.randomUUID().toString(), "orgUnit", YUXI, "visitedOn", "2021-06-02",
                "institution", "湖南省某监狱", "inmateName", "李四", "visitorKind", "FAMILY_MEMBER", "visitorName", "李母",
                "visitorRelation", "母亲");
        Map<String, Object> nameless = with(visit, "id", UUID.randomUUID().toString(), "visitorName", null);
        assertEquals(List.of("CREATED", "REJECTED"), upload(clerk(YUXI), "remote-visits", batch(visit, nameless)).getList("results.status"));
        assertEquals(List.of("UNCHANGED", "REJECTED"), upload(clerk(YUXI), "remote-visits", batch(visit, nameless)).getList("results.status"));

        TestData.Person person = TestData.newPerson();
        Map<String, Object> resettled = TestData.map("id", UUID.randomUUID().toString(), "orgUnit", YUXI, "name", "赵六",
                "gender", "MALE", "idNumber", person.idNumber(), "source", "PRISON_RELEASE", "releasedOn", "2021-04-01",
                "receivedOn", "2021-04-05", "handoverDone", true, "keyTarget", false, "supportTeam", TestData.team(2));
        Map<String, Object> backwards = with(resettled, "id", UUID.randomUUID().toString(), "receivedOn", "2021-03-01");
        JsonPath persons = upload(clerk(YUXI), "resettlement-persons", batch(resettled, backwards));
        assertEquals(List.of("CREATED", "REJECTED"), persons.getList("results.status"));
        assertEquals("UNCHANGED", upload(clerk(YUXI), "resettlement-persons", batch(resettled)).getString("results[0].status"));
        assertEquals("UPDATED", upload(clerk(YUXI), "resettlement-persons", batch(with(resettled, "keyTarget", true, "version", 1)))
                .getString("results[0].status"));
        clerk(YUXI).get("/api/v1/corrections/resettlement/persons/" + resettled.get("id")).then().statusCode(200)
                .body("keyTarget", equalTo(true)).body("version", equalTo(2));
        assertFalse(mirror(clerk(TANJIANG), "resettlement-persons").containsKey((String) resettled.get("id")));
    }

    @Test
    void theSyncRecordsAreTypedPerResource() {
        JsonPath document = io.restassured.RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        for (String resource : List.of("subjects", "investigations", "education-sessions", "remote-visits",
                "resettlement-persons", "violations", "scores")) {
            assertNotNull(document.get("paths.'/api/v1/corrections/sync/" + resource + "'.post"), resource);
            assertNotNull(document.get("paths.'/api/v1/corrections/sync/" + resource + "/changes'.get"), resource);
        }
        assertEquals("#/components/schemas/ViolationSyncInput", document.getString(
                "paths.'/api/v1/corrections/sync/violations'.post.requestBody.content.'application/json'.schema.properties.records.items.allOf[0].$ref"));
        assertEquals("#/components/schemas/Violation", document.getString(
                "paths.'/api/v1/corrections/sync/violations'.post.responses.'200'.content.'application/json'.schema.properties.results.items.allOf[1].properties.current.$ref"));
        assertEquals("#/components/schemas/Violation", document.getString(
                "paths.'/api/v1/corrections/sync/violations/changes'.get.responses.'200'.content.'application/json'.schema.properties.changes.items.allOf[1].properties.record.anyOf[0].$ref"));
    }
}
