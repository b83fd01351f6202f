package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import cn.daxiang.justice.devsupport.SyncProtocolChecks;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Township sync of the legal aid line: batch upsert through the resources' own write paths and the
 * change feed. Uses the townships 火车南站街道 and 学院路街道 and the year 2019, which no other test
 * of this module writes to.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LegalAidSyncTest extends SyncProtocolChecks {

    @Override
    protected String syncRoot() {
        return "/api/v1/legal-aid/sync";
    }

    @Override
    protected String sampleResource() {
        return "consultations";
    }

    /** 百春园街道 (430503006000): no other test of this line writes there. */
    @Override
    protected String sampleOrgUnit() {
        return "430503006000";
    }

    @Override
    protected String newSampleRecord() {
        return consultation(UUID.randomUUID(), "430503006000", "劳动报酬", null);
    }

    @Override
    protected String unknownResource() {
        return "hearings";
    }

    static final String SYNC = BASE + "/sync/";
    static final String TOWN_A = "430503008000";
    static final String TOWN_B = "430503009000";
    static final String ID_NUMBER = IdNumbers.valid("43050319700101123");

    @Inject
    AgroalDataSource dataSource;

    static JsonPath upload(String resource, RequestSpecification who, String body) {
        return who.body(body).post(SYNC + resource).then().statusCode(200).extract().jsonPath();
    }

    static String versioned(String record, Long version) {
        return version == null ? record : record.substring(0, record.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }

    static String application(UUID id, String orgUnit, String matter, String receivedOn, String idNumber, Long version) {
        return versioned("""
                {"id":"%s","orgUnit":"%s","applicantName":"王五","applicantIdNumber":"%s","applicantPhone":"13807390000",\
                "channel":"WALK_IN","matter":"%s","category":"CIVIL","hardshipBasis":"低保户","receivedOn":"%s"}"""
                .formatted(id, orgUnit, idNumber, matter, receivedOn), version);
    }

    static String consultation(UUID id, String orgUnit, String topic, Long version) {
        return versioned("""
                {"id":"%s","orgUnit":"%s","consultedOn":"2019-05-06","channel":"VISIT","topic":"%s"}"""
                .formatted(id, orgUnit, topic), version);
    }

    /** Every change of a resource visible to the caller, pulled until empty: the last one per id wins. */
    static Map<String, Map<String, Object>> mirror(String resource, Supplier<RequestSpecification> who) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            RequestSpecification request = who.get().queryParam("limit", 1000);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath answer = request.get(SYNC + resource + "/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = answer.getList("changes");
            if (changes.isEmpty()) {
                return state;
            }
            changes.forEach(c -> state.put((String) c.get("id"), c));
            cursor = answer.getString("nextCursor");
        }
        throw new AssertionError("the feed did not end");
    }

    /** The feed hands out a change once no older transaction is still running: wait briefly for it. */
    static Map<String, Map<String, Object>> mirrorWith(String resource, Supplier<RequestSpecification> who, UUID id) throws InterruptedException {
        Map<String, Map<String, Object>> state = Map.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            state = mirror(resource, who);
            if (state.containsKey(id.toString())) {
                return state;
            }
            Thread.sleep(100);
        }
        return state;
    }

    long auditRows(String entityType) {
        return count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_type = ? AND org_unit IN (?, ?)",
                entityType, TOWN_A, TOWN_B);
    }

    /**
     * One batch of a valid new record, an invalid one, one based on a stale version and one for another
     * township: exact results, only the valid one stored; sent again, nothing changes.
     */
    void batchScenario(String resource, String table, String entityType,
                       BiFunction<UUID, String, String> fresh, String invalidField,
                       java.util.function.Function<UUID, String> invalid,
                       BiFunction<String, Long, String> existingAs) {
        UUID existing = UUID.fromString(new JsonPath(existingAs.apply("{}", null)).getString("id"));
        JsonPath first = upload(resource, clerk(TOWN_A), batch(existingAs.apply("原始", null)));
        assertEquals("CREATED", first.getString("results[0].status"));
        JsonPath second = upload(resource, clerk(TOWN_A), batch(existingAs.apply("已更正", 1L)));
        assertEquals("UPDATED", second.getString("results[0].status"));
        assertEquals(2, second.getInt("results[0].version"));

        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();
        String body = batch(fresh.apply(good, TOWN_A), invalid.apply(bad), existingAs.apply("过时的修改", 1L),
                fresh.apply(foreign, TOWN_B));
        JsonPath answer = upload(resource, clerk(TOWN_A), body);
        assertEquals(List.of("CREATED", "REJECTED", "CONFLICT", "REJECTED"), answer.getList("results.status"));
        assertEquals(List.of(good.toString(), bad.toString(), existing.toString(), foreign.toString()),
                answer.getList("results.id"));
        assertEquals(1, answer.getInt("results[0].version"));
        assertEquals(invalidField, answer.getString("results[1].errors[0].field"));
        assertEquals(2, answer.getInt("results[2].version"));
        assertEquals(2, answer.getInt("results[2].current.version"));
        assertEquals("orgUnit", answer.getString("results[3].errors[0].field"));
        assertEquals(Map.of("created", 1, "updated", 0, "unchanged", 0, "conflict", 1, "rejected", 2),
                answer.getMap("summary"));

        assertEquals(1, count(dataSource, "SELECT count(*) FROM " + table + " WHERE id = ?", good));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM " + table + " WHERE id IN (?, ?)", bad, foreign));
        assertEquals(2, count(dataSource, "SELECT version FROM " + table + " WHERE id = ?", existing));

        long rows = count(dataSource, "SELECT count(*) FROM " + table + " WHERE org_unit IN (?, ?)", TOWN_A, TOWN_B);
        long audits = auditRows(entityType);
        JsonPath replay = upload(resource, clerk(TOWN_A), body);
        assertEquals(List.of("UNCHANGED", "REJECTED", "CONFLICT", "REJECTED"), replay.getList("results.status"));
        assertEquals(1, replay.getInt("results[0].version"));
        assertEquals(rows, count(dataSource, "SELECT count(*) FROM " + table + " WHERE org_unit IN (?, ?)", TOWN_A, TOWN_B));
        assertEquals(audits, auditRows(entityType));
        // the earlier correction, replayed too, is also recognised as already applied
        JsonPath again = upload(resource, clerk(TOWN_A), batch(existingAs.apply("已更正", 1L)));
        assertEquals("UNCHANGED", again.getString("results[0].status"));
        assertEquals(2, again.getInt("results[0].version"));
        assertEquals(audits, auditRows(entityType));
    }

    @Test
    void applicationBatchIsJudgedRecordByRecordAndReplaysChangeNothing() {
        UUID existing = UUID.randomUUID();
        batchScenario("applications", "legalaid.application", "Application",
                (id, org) -> application(id, org, "工伤赔偿", "2019-03-04", ID_NUMBER, null),
                "applicantIdNumber",
                id -> application(id, TOWN_A, "工伤赔偿", "2019-03-04", "430503197001011230", null)
                        .replace("430503197001011230", "43050319700101123" + (ID_NUMBER.endsWith("0") ? "1" : "0")),
                (matter, version) -> application(existing, TOWN_A, matter, "2021-02-08", ID_NUMBER, version));
        // the server's own fields follow the API's rules: a fresh application is under review for 7 日 (法律援助法第四十三条),
        // by the kit's clock: 2021-02-15 falls in the Spring Festival holiday, so the review is due 02-18 (no longer plain
        // days, and no longer 2019, a year the calendar does not hold)
        as("township-clerk", TOWN_A).get(BASE + "/applications/" + existing).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("reviewDueOn", equalTo("2021-02-18"))
                .body("matter", equalTo("已更正")).body("version", equalTo(2));
    }

    @Test
    void aControlCharacterRejectsTheRecordNamingTheFieldAndNothingOfItIsStored() {
        UUID bad = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        JsonPath answer = upload("applications", clerk(TOWN_A), batch(
                application(bad, TOWN_A, "拖欠\\u0000工资", "2019-05-06", ID_NUMBER, null),
                application(good, TOWN_A, "拖欠工资", "2019-05-06", IdNumbers.valid("43050319700101456"), null)));
        assertEquals("REJECTED", answer.getString("results[0].status"));
        assertEquals("matter", answer.getString("results[0].errors[0].field"));
        assertTrue(answer.getString("results[0].errors[0].message").contains("控制字符"), answer.prettify());
        assertEquals("CREATED", answer.getString("results[1].status"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM application WHERE id = ?", bad));
    }

    @Test
    void consultationBatchIsJudgedRecordByRecordAndReplaysChangeNothing() {
        UUID existing = UUID.randomUUID();
        batchScenario("consultations", "legalaid.consultation", "Consultation",
                (id, org) -> consultation(id, org, "宅基地纠纷", null),
                "topic",
                id -> consultation(id, TOWN_A, " ", null),
                (topic, version) -> consultation(existing, TOWN_A, topic, version));
    }

    @Test
    void recordsCreatedThroughTheApiAreInTheirTownshipsFeedOnly() throws InterruptedException {
        UUID app = UUID.randomUUID();
        clerk(TOWN_A).body(application(app, TOWN_A, "拖欠工资", "2019-04-01", ID_NUMBER, null))
                .post(BASE + "/applications").then().statusCode(201);
        UUID consultation = UUID.randomUUID();
        clerk(TOWN_A).body(consultation(consultation, TOWN_A, "赡养纠纷", null))
                .post(BASE + "/consultations").then().statusCode(201);

        Map<String, Object> change = mirrorWith("applications", () -> clerk(TOWN_A), app).get(app.toString());
        assertNotNull(change, "the application is in its township's feed");
        assertEquals(false, change.get("deleted"));
        assertEquals(1, change.get("version"));
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) change.get("record");
        assertEquals("拖欠工资", record.get("matter"));
        assertEquals(ID_NUMBER, record.get("applicantIdNumber"));
        assertNotNull(mirrorWith("consultations", () -> clerk(TOWN_A), consultation).get(consultation.toString()));

        assertFalse(mirror("applications", () -> clerk(TOWN_B)).containsKey(app.toString()));
        assertFalse(mirror("consultations", () -> clerk(TOWN_B)).containsKey(consultation.toString()));

        // a provincial reader sees the record as the API shows it to that reader: masked
        @SuppressWarnings("unchecked")
        Map<String, Object> masked = (Map<String, Object>) mirrorWith("applications",
                () -> as("provincial-reader", "430000000000"), app).get(app.toString()).get("record");
        assertFalse(ID_NUMBER.equals(masked.get("applicantIdNumber")));
        // and so does the district: a feed is bulk, and the district sees a person in clear one record at a time
        @SuppressWarnings("unchecked")
        Map<String, Object> district = (Map<String, Object>) mirrorWith("applications",
                () -> as("district-admin", "430503000000"), app).get(app.toString()).get("record");
        assertEquals(ID_NUMBER.substring(0, 6) + "********" + ID_NUMBER.substring(14), district.get("applicantIdNumber"));
        assertFalse(String.valueOf(district.get("applicantName")).equals(record.get("applicantName")));
    }

    @Test
    void anUpdateThroughSyncIsVisibleThroughTheApiWithTheNextVersion() {
        UUID consultation = UUID.randomUUID();
        clerk(TOWN_A).body(consultation(consultation, TOWN_A, "继承纠纷", null))
                .post(BASE + "/consultations").then().statusCode(201);
        JsonPath answer = upload("consultations", clerk(TOWN_A), batch(consultation(consultation, TOWN_A, "遗产分割", 1L)));
        assertEquals("UPDATED", answer.getString("results[0].status"));
        assertEquals(2, answer.getInt("results[0].version"));
        clerk(TOWN_A).get(BASE + "/consultations/" + consultation).then().statusCode(200)
                .header("ETag", "\"2\"").body("topic", equalTo("遗产分割")).body("version", equalTo(2));
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Consultation", consultation));

        UUID app = UUID.randomUUID();
        clerk(TOWN_A).body(application(app, TOWN_A, "拖欠工资", "2021-09-20", ID_NUMBER, null))
                .post(BASE + "/applications").then().statusCode(201);
        JsonPath moved = upload("applications", clerk(TOWN_A), batch(application(app, TOWN_A, "拖欠工资", "2021-09-26", ID_NUMBER, 1L)));
        assertEquals("UPDATED", moved.getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/applications/" + app).then().statusCode(200)
                // the kit's clock on the new date: 09-26 + 7 日 = 10-03, in the National Day holiday (10-01..10-07) → 10-08
                .body("version", equalTo(2)).body("receivedOn", equalTo("2021-09-26")).body("reviewDueOn", equalTo("2021-10-08"))
                .body("deadlines[0].dueOn", equalTo("2021-10-08"));
    }

    /** A notified case's notice date travels by sync as by the API, and its case's clock runs from it (法律援助法第三十六条). */
    @Test
    void aNoticeDateUploadedBySyncStartsTheCasesAssignmentClock() throws InterruptedException {
        UUID app = UUID.randomUUID();
        String notified = application(app, TOWN_A, "通知辩护", "2025-09-29", ID_NUMBER, null)
                .replace("\"WALK_IN\"", "\"NOTIFIED\",\"noticeReceivedOn\":\"2025-09-29\",\"notifyingOrgan\":\"COURT\","
                        + "\"noticeKind\":\"DEFENCE\",\"noticeDocumentNumber\":\"(2025)湘0503刑初12号\"");
        assertEquals("CREATED", upload("applications", clerk(TOWN_A), batch(notified)).getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/applications/" + app).then().statusCode(200)
                .body("noticeReceivedOn", equalTo("2025-09-29")).body("notifyingOrgan", equalTo("COURT"))
                .body("reviewDueOn", nullValue()).body("deadlines", hasSize(0));
        assertEquals("UNCHANGED", upload("applications", clerk(TOWN_A), batch(versioned(notified, 1L))).getString("results[0].status"));
        // a notice date on a walk-in application is refused as the API refuses it
        JsonPath refused = upload("applications", clerk(TOWN_A),
                batch(versioned(notified.replace("\"NOTIFIED\"", "\"WALK_IN\""), 1L)));
        assertEquals("REJECTED", refused.getString("results[0].status"));

        String created = clerk(TOWN_A).body("{\"acceptedOn\":\"2025-09-30\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(201).extract().path("id");
        UUID caseId = UUID.fromString(created);
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) mirrorWith("cases", () -> clerk(TOWN_A), caseId).get(caseId.toString()).get("record");
        assertEquals("2025-09-29", record.get("noticeReceivedOn"));
        // 09-29 + 3 日 = 10-02, in the National Day holiday (10-01..10-08) → 10-09
        @SuppressWarnings("unchecked")
        Map<String, Object> deadline = ((List<Map<String, Object>>) record.get("deadlines")).get(0);
        assertEquals("NOTICE_ASSIGNMENT", deadline.get("kind"));
        assertEquals("2025-10-09", deadline.get("dueOn"));
    }

    @Test
    void aDecidedApplicationIsRejectedAsTheApiRejectsIt() {
        UUID app = UUID.randomUUID();
        clerk(TOWN_A).body(application(app, TOWN_A, "拖欠工资", "2019-07-01", ID_NUMBER, null))
                .post(BASE + "/applications").then().statusCode(201);
        clerk(TOWN_A).body("{\"refusedOn\":\"2019-07-02\",\"reason\":\"不符合经济困难标准\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(200);
        JsonPath answer = upload("applications", clerk(TOWN_A), batch(application(app, TOWN_A, "改了", "2019-07-01", ID_NUMBER, 2L)));
        assertEquals("REJECTED", answer.getString("results[0].status"));
        assertTrue(answer.getString("results[0].errors[0].message").contains("不能修改"));
        clerk(TOWN_A).get(BASE + "/applications/" + app).then().statusCode(200)
                .body("matter", equalTo("拖欠工资")).body("version", equalTo(2));
    }

    static String objection(UUID id, UUID application, String receivedOn, String grounds, Long version) {
        return versioned("""
                {"id":"%s","applicationId":"%s","receivedOn":"%s","grounds":"%s"}"""
                .formatted(id, application, receivedOn, grounds), version);
    }

    @Test
    void anObjectionSyncsWhilePendingAndIsRejectedOnceTheBureauDecided() throws InterruptedException {
        UUID app = UUID.randomUUID();
        clerk(TOWN_A).body(application(app, TOWN_A, "拖欠工资", "2021-09-24", ID_NUMBER, null))
                .post(BASE + "/applications").then().statusCode(201);
        UUID pendingApp = UUID.randomUUID();
        clerk(TOWN_A).body(application(pendingApp, TOWN_A, "拖欠工资", "2021-09-24", ID_NUMBER, null))
                .post(BASE + "/applications").then().statusCode(201);
        clerk(TOWN_A).body("{\"refusedOn\":\"2021-09-28\",\"reason\":\"不符合经济困难标准\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(200);
        UUID id = UUID.randomUUID();
        UUID onPending = UUID.randomUUID();
        JsonPath created = upload("objections", clerk(TOWN_A), batch(objection(id, app, "2021-09-30", "已补交低保证明", null),
                objection(onPending, pendingApp, "2021-09-30", "已补交低保证明", null)));
        assertEquals(List.of("CREATED", "REJECTED"), created.getList("results.status"));
        assertTrue(created.getString("results[1].errors[0].message").contains("不予法律援助"));
        // the org unit is the application's; the review clock runs as through the API (10-05 in National Day → 10-08)
        clerk(TOWN_A).get(BASE + "/objections/" + id).then().statusCode(200)
                .body("orgUnit", equalTo(TOWN_A)).body("status", equalTo("PENDING"))
                .body("deadlines[0].kind", equalTo("OBJECTION_REVIEW")).body("deadlines[0].dueOn", equalTo("2021-10-08"));
        assertEquals("UNCHANGED", upload("objections", clerk(TOWN_A), batch(objection(id, app, "2021-09-30", "已补交低保证明", 1L)))
                .getString("results[0].status"));
        assertEquals("UPDATED", upload("objections", clerk(TOWN_A), batch(objection(id, app, "2021-10-01", "已补交低保证明及收入证明", 1L)))
                .getString("results[0].status"));
        assertFalse(mirror("objections", () -> clerk(TOWN_B)).containsKey(id.toString()));
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) mirrorWith("objections", () -> clerk(TOWN_A), id).get(id.toString()).get("record");
        assertEquals("2021-10-01", record.get("receivedOn"));

        as("district-admin", "430503000000").header("If-Match", "2")
                .body("{\"decidedOn\":\"2021-10-08\",\"decision\":\"UPHELD\",\"reason\":\"维持原决定\"}")
                .post(BASE + "/objections/" + id + "/decide").then().statusCode(200);
        JsonPath changed = upload("objections", clerk(TOWN_A), batch(objection(id, app, "2021-10-01", "再改", 3L)));
        assertEquals("REJECTED", changed.getString("results[0].status"));
        assertTrue(changed.getString("results[0].errors[0].message").contains("已审查决定"));
        JsonPath deleted = upload("objections", clerk(TOWN_A),
                batch(versioned(objection(id, app, "2021-10-01", "已补交低保证明及收入证明", null), 3L).replace("}", ",\"deleted\":true}")));
        assertEquals("REJECTED", deleted.getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/objections/" + id).then().statusCode(200)
                .body("grounds", equalTo("已补交低保证明及收入证明")).body("status", equalTo("DECIDED")).body("version", equalTo(3));
    }

    @Test
    void aCaseFromAnAcceptedApplicationIsInTheFeedButCannotBeUploaded() throws InterruptedException {
        UUID app = UUID.randomUUID();
        clerk(TOWN_A).body(application(app, TOWN_A, "交通事故赔偿", "2019-08-01", ID_NUMBER, null))
                .post(BASE + "/applications").then().statusCode(201);
        String created = clerk(TOWN_A).body("{\"acceptedOn\":\"2019-08-02\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(201).extract().path("id");
        UUID caseId = UUID.fromString(created);

        Map<String, Object> change = mirrorWith("cases", () -> clerk(TOWN_A), caseId).get(caseId.toString());
        assertNotNull(change, "the case is in its township's feed");
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) change.get("record");
        assertEquals(app.toString(), record.get("applicationId"));
        assertEquals("ACCEPTED", record.get("status"));
        assertFalse(mirror("cases", () -> clerk(TOWN_B)).containsKey(caseId.toString()));

        String existingCase = "{\"id\":\"%s\",\"orgUnit\":\"%s\",\"version\":1,\"status\":\"CLOSED\",\"closedOn\":\"2019-08-03\"}"
                .formatted(caseId, TOWN_A);
        UUID newCase = UUID.randomUUID();
        String freshCase = "{\"id\":\"%s\",\"orgUnit\":\"%s\",\"applicationId\":\"%s\",\"category\":\"CIVIL\",\"acceptedOn\":\"2019-08-02\"}"
                .formatted(newCase, TOWN_A, app);
        JsonPath answer = upload("cases", clerk(TOWN_A), batch(existingCase, freshCase));
        assertEquals(List.of("REJECTED", "REJECTED"), answer.getList("results.status"));
        assertTrue(answer.getString("results[0].errors[0].message").contains("/accept"));
        assertTrue(answer.getString("results[1].errors[0].message").contains("/accept"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM legalaid.legal_aid_case WHERE id = ?", newCase));
        clerk(TOWN_A).get(BASE + "/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("version", equalTo(1)).body("closedOn", nullValue());
    }

    @Test
    void aConsultationDeletedThroughSyncLeavesATombstoneInTheFeed() throws InterruptedException {
        UUID id = UUID.randomUUID();
        assertEquals("CREATED", upload("consultations", clerk(TOWN_B), batch(consultation(id, TOWN_B, "邻里纠纷", null)))
                .getString("results[0].status"));
        JsonPath deleted = upload("consultations", clerk(TOWN_B), batch("{\"id\":\"%s\",\"deleted\":true,\"version\":1}".formatted(id)));
        assertEquals("UPDATED", deleted.getString("results[0].status"));
        assertEquals(true, deleted.getBoolean("results[0].deleted"));
        clerk(TOWN_B).get(BASE + "/consultations/" + id).then().statusCode(404);

        Map<String, Object> change = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            change = mirror("consultations", () -> clerk(TOWN_B)).get(id.toString());
            if (change != null && Boolean.TRUE.equals(change.get("deleted"))) {
                break;
            }
            Thread.sleep(100);
        }
        assertNotNull(change);
        assertEquals(true, change.get("deleted"));
        assertNull(change.get("record"));
        assertEquals(1, change.get("version"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM legalaid.tombstone WHERE entity_type = 'Consultation' AND entity_id = ?", id));

        // a late update based on the old version does not bring it back
        JsonPath late = upload("consultations", clerk(TOWN_B), batch(consultation(id, TOWN_B, "邻里纠纷（补记）", 1L)));
        assertEquals("CONFLICT", late.getString("results[0].status"));
        clerk(TOWN_B).get(BASE + "/consultations/" + id).then().statusCode(404);
    }

    @Test
    void providersAndServicePointsSyncThroughTheirOwnWritePaths() throws InterruptedException {
        UUID provider = UUID.randomUUID();
        String lawyer = """
                {"id":"%s","orgUnit":"%s","kind":"LAWYER","name":"赵律师","firm":"邵阳某律师事务所",\
                "licenceNumber":"14305201910123456","specialties":["婚姻家庭"," 劳动争议 "],"senior":false}"""
                .formatted(provider, TOWN_A);
        assertEquals("CREATED", upload("providers", clerk(TOWN_A), batch(lawyer)).getString("results[0].status"));
        // a replay is recognised although the specialties are a collection (and were stripped on the way in)
        JsonPath replay = upload("providers", clerk(TOWN_A), batch(lawyer));
        assertEquals("UNCHANGED", replay.getString("results[0].status"));
        JsonPath changed = upload("providers", clerk(TOWN_A),
                batch(versioned(lawyer.replace("\"婚姻家庭\"", "\"刑事辩护\""), 1L)));
        assertEquals("UPDATED", changed.getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/providers/" + provider).then().statusCode(200)
                .body("version", equalTo(2)).body("specialties", equalTo(List.of("刑事辩护", "劳动争议")));
        assertTrue(mirrorWith("providers", () -> clerk(TOWN_A), provider).containsKey(provider.toString()));

        UUID point = UUID.randomUUID();
        String open = """
                {"id":"%s","orgUnit":"%s","level":"WORKSTATION","name":"学院路街道公共法律服务工作站","status":"OPEN",\
                "openedOn":"2019-01-02"}""".formatted(point, TOWN_B);
        assertEquals("CREATED", upload("service-points", clerk(TOWN_B), batch(open)).getString("results[0].status"));
        assertEquals("UNCHANGED", upload("service-points", clerk(TOWN_B), batch(open)).getString("results[0].status"));
        // the mapper's own rule (a closing date only for a closed point) holds in sync as in the API
        JsonPath invalid = upload("service-points", clerk(TOWN_B),
                batch(versioned(open.replace("\"openedOn\"", "\"closedOn\":\"2019-12-31\",\"openedOn\""), 1L)));
        assertEquals("REJECTED", invalid.getString("results[0].status"));
        assertEquals("closedOn", invalid.getString("results[0].errors[0].field"));
        clerk(TOWN_B).get(BASE + "/service-points/" + point).then().statusCode(200)
                .body("version", equalTo(1)).body("closedOn", nullValue());
        assertTrue(mirrorWith("service-points", () -> clerk(TOWN_B), point).containsKey(point.toString()));
        assertFalse(mirror("service-points", () -> clerk(TOWN_A)).containsKey(point.toString()));
    }

    @Test
    void theSyncRecordsAreTypedPerResourceAndCasesAreDownloadOnly() {
        io.restassured.path.json.JsonPath doc = io.restassured.RestAssured.given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals("#/components/schemas/ReviewSyncInput", doc.getString(
                "paths.'/api/v1/legal-aid/sync/reviews'.post.requestBody.content.'application/json'.schema.properties.records.items.allOf[0].$ref"));
        // Cases come from accepting an application: the contract offers their feed, not an upload.
        assertNull(doc.get("paths.'/api/v1/legal-aid/sync/cases'"));
        assertEquals("#/components/schemas/LegalAidCase", doc.getString(
                "paths.'/api/v1/legal-aid/sync/cases/changes'.get.responses.'200'.content.'application/json'.schema.properties.changes.items.allOf[1].properties.record.anyOf[0].$ref"));
    }

}
