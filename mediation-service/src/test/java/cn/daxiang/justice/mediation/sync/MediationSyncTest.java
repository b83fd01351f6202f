package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import cn.daxiang.justice.devsupport.testing.Rows;
import cn.daxiang.justice.devsupport.SyncProtocolChecks;
import cn.daxiang.justice.mediation.MediationTestSupport;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Township sync of committees and disputes: per-record judgement with the API's own validation,
 * replays, the change feed and its scope, updates and deletions. Townships 火车南站 and 学院路, year
 * 2016: no other test of this module writes there.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MediationSyncTest extends SyncProtocolChecks {

    @Override
    protected String syncRoot() {
        return "/api/v1/mediation/sync";
    }

    @Override
    protected String sampleResource() {
        return "committees";
    }

    /** 百春园街道 (430503006000): no other test of this line writes there. */
    @Override
    protected String sampleOrgUnit() {
        return "430503006000";
    }

    @Override
    protected String newSampleRecord() {
        return committee(UUID.randomUUID(), "430503006000", "百春园街道人民调解委员会", null, null);
    }

    @Override
    protected String unknownResource() {
        return "reward-rates";
    }

    static final String TOWN_A = "430503008000";
    static final String TOWN_B = "430503009000";
    static final String SYNC = BASE + "/sync";
    static final String ID_A = IdNumbers.valid("43050319700202123");

    @Inject
    AgroalDataSource dataSource;

    static JsonPath upload(RequestSpecification who, String resource, String body) {
        return who.body(body).post(SYNC + "/" + resource).then().statusCode(200).extract().jsonPath();
    }

    static String committee(UUID id, String orgUnit, String name, String termEnd, Long version) {
        return """
                {"id":"%s","orgUnit":"%s","name":"%s","level":"TOWNSHIP","termStart":"2016-01-01",%s"status":"ACTIVE"%s}"""
                .formatted(id, orgUnit, name, termEnd == null ? "" : "\"termEnd\":\"" + termEnd + "\",",
                        version == null ? "" : ",\"version\":" + version);
    }

    static String dispute(UUID id, String orgUnit, UUID committee, UUID mediator, String phone, Long version) {
        return """
                {"id":"%s","orgUnit":"%s","committeeId":"%s","registeredOn":"2016-03-01","source":"APPLICATION",\
                "category":"NEIGHBOURHOOD","summary":"宅基地边界纠纷","amountInvolved":1200,\
                "parties":[{"name":"赵一","role":"APPLICANT","idNumber":"%s","phone":"%s"},{"name":"钱二","role":"RESPONDENT"}],\
                "mediatorIds":[%s]%s}"""
                .formatted(id, orgUnit, committee, ID_A, phone, mediator == null ? "" : "\"" + mediator + "\"",
                        version == null ? "" : ",\"version\":" + version);
    }

    /** Pulls the feed from the beginning until it is empty: the last change of every record, by id. */
    static Map<String, Map<String, Object>> mirror(RequestSpecification who, String resource) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        String cursor = null;
        int seen = 0;
        for (int page = 0; page < 2000; page++) {
            // a fresh request per page: REST Assured's specification is mutable, and a reused one would send every cursor so far
            RequestSpecification req = io.restassured.RestAssured.given().spec(who).queryParam("limit", 200);
            if (cursor != null) {
                req = req.queryParam("since", cursor);
            }
            JsonPath p = req.get(SYNC + "/" + resource + "/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = p.getList("changes");
            if (changes.isEmpty()) {
                return out;
            }
            for (Map<String, Object> c : changes) {
                out.put((String) c.get("id"), c);
            }
            seen += changes.size();
            String next = p.getString("nextCursor");
            assertNotEquals(cursor, next, "the cursor moves on after a page of changes");
            cursor = next;
        }
        throw new AssertionError("feed did not end after " + seen + " changes of " + out.size() + " records");
    }

    long count(String sql) {
        return Rows.count(dataSource, sql);
    }

    UUID committeeIn(String orgUnit) {
        UUID id = UUID.randomUUID();
        assertEquals(List.of("CREATED"), upload(clerk(orgUnit), "committees",
                batch(committee(id, orgUnit, "同步测试委员会", null, null))).getList("results.status"));
        return id;
    }

    UUID mediatorIn(UUID committee) {
        return MediationTestSupport.mediator(committee, "孙调解", "PART_TIME", "2016-01-01", null);
    }

    @Test
    void aCommitteeBatchIsJudgedRecordByRecordAndReplayChangesNothing() {
        UUID existing = committeeIn(TOWN_A);
        assertEquals(List.of("UPDATED"), upload(clerk(TOWN_A), "committees",
                batch(committee(existing, TOWN_A, "已改名", null, 1L))).getList("results.status"));
        UUID theirs = committeeIn(TOWN_B);
        UUID fresh = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();

        String body = batch(
                committee(fresh, TOWN_A, "新委员会", null, null),
                // valid for Bean Validation, refused by the service's own check (as the API's POST refuses it)
                committee(invalid, TOWN_A, "任期倒置", "2015-12-31", null),
                committee(existing, TOWN_A, "旧版本上的修改", null, 1L),
                committee(foreign, TOWN_B, "越权新建", null, null),
                committee(theirs, TOWN_A, "抢别人的", null, 1L));
        JsonPath answer = upload(clerk(TOWN_A), "committees", body);
        assertEquals(List.of("CREATED", "REJECTED", "CONFLICT", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("termEnd", answer.getString("results[1].errors[0].field"));
        assertEquals(2, answer.getInt("results[2].current.version"));
        assertEquals("已改名", answer.getString("results[2].current.name"));
        assertEquals("orgUnit", answer.getString("results[3].errors[0].field"));
        assertFalse(answer.getString("results[4]").contains("同步测试委员会"));
        assertEquals(Map.of("created", 1, "updated", 0, "unchanged", 0, "conflict", 1, "rejected", 3), answer.getMap("summary"));
        assertEquals(1, count("SELECT count(*) FROM committee WHERE id IN ('" + fresh + "','" + invalid + "','" + foreign + "')"));
        assertEquals("同步测试委员会", clerkGet(TOWN_B, "committees", theirs).getString("name"));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Committee", fresh));

        long rows = count("SELECT count(*) FROM committee");
        long audits = count("SELECT count(*) FROM audit_log");
        JsonPath replay = upload(clerk(TOWN_A), "committees", body);
        assertEquals(List.of("UNCHANGED", "REJECTED", "CONFLICT", "REJECTED", "REJECTED"), replay.getList("results.status"));
        assertEquals(1, replay.getInt("results[0].version"));
        assertEquals(rows, count("SELECT count(*) FROM committee"));
        assertEquals(audits, count("SELECT count(*) FROM audit_log"));
    }

    @Test
    void aCommitteeCreatedThroughTheApiIsInItsTownshipsFeedOnly() {
        UUID id = UUID.randomUUID();
        clerk(TOWN_A).body(committee(id, TOWN_A, "接口登记的委员会", null, null)).post(BASE + "/committees").then().statusCode(201);
        Map<String, Map<String, Object>> a = mirror(clerk(TOWN_A), "committees");
        assertTrue(a.containsKey(id.toString()));
        assertEquals(1, ((Number) a.get(id.toString()).get("version")).intValue());
        assertEquals(false, a.get(id.toString()).get("deleted"));
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) a.get(id.toString()).get("record");
        assertEquals("接口登记的委员会", record.get("name"));
        assertFalse(mirror(clerk(TOWN_B), "committees").containsKey(id.toString()));
    }

    @Test
    void aCommitteeUpdatedThroughSyncShowsTheNextVersionThroughTheApi() {
        UUID id = committeeIn(TOWN_A);
        JsonPath answer = upload(clerk(TOWN_A), "committees", batch(committee(id, TOWN_A, "同步改名", "2020-12-31", 1L)));
        assertEquals("UPDATED", answer.getString("results[0].status"));
        assertEquals(2, answer.getInt("results[0].version"));
        clerk(TOWN_A).get(BASE + "/committees/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2)).body("name", equalTo("同步改名")).body("termEnd", equalTo("2020-12-31"));
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Committee", id));
    }

    @Test
    void deletingACommitteeLeavesATombstoneUnlessItHasDisputes() {
        UUID lonely = committeeIn(TOWN_A);
        JsonPath gone = upload(clerk(TOWN_A), "committees", batch("{\"id\":\"" + lonely + "\",\"version\":1,\"deleted\":true}"));
        assertEquals("UPDATED", gone.getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/committees/" + lonely).then().statusCode(404);
        Map<String, Object> change = mirror(clerk(TOWN_A), "committees").get(lonely.toString());
        assertEquals(true, change.get("deleted"));
        assertNull(change.get("record"));
        // a stale update does not bring it back
        assertEquals("CONFLICT", upload(clerk(TOWN_A), "committees",
                batch(committee(lonely, TOWN_A, "复活", null, 1L))).getString("results[0].status"));
        assertEquals(0, count("SELECT count(*) FROM committee WHERE id = '" + lonely + "'"));

        UUID busy = committeeIn(TOWN_A);
        UUID dispute = UUID.randomUUID();
        assertEquals("CREATED", upload(clerk(TOWN_A), "disputes",
                batch(dispute(dispute, TOWN_A, busy, null, "13800000001", null))).getString("results[0].status"));
        long audits = count("SELECT count(*) FROM audit_log");
        JsonPath refused = upload(clerk(TOWN_A), "committees", batch("{\"id\":\"" + busy + "\",\"version\":1,\"deleted\":true}"));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/committees/" + busy).then().statusCode(200).body("version", equalTo(1));
        assertEquals(0, count("SELECT count(*) FROM tombstone WHERE entity_id = '" + busy + "'"));
        assertEquals(audits, count("SELECT count(*) FROM audit_log"));
        assertFalse(Boolean.TRUE.equals(mirror(clerk(TOWN_A), "committees").get(busy.toString()).get("deleted")));
    }

    @Test
    void aDisputeBatchIsJudgedRecordByRecordAndReplayChangesNothing() {
        UUID committee = committeeIn(TOWN_A);
        UUID mediator = mediatorIn(committee);
        UUID otherCommittee = committeeIn(TOWN_B);
        UUID existing = UUID.randomUUID();
        upload(clerk(TOWN_A), "disputes", batch(dispute(existing, TOWN_A, committee, mediator, "13800000001", null)));
        assertEquals("UPDATED", upload(clerk(TOWN_A), "disputes",
                batch(dispute(existing, TOWN_A, committee, mediator, "13800000002", 1L))).getString("results[0].status"));
        UUID fresh = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();

        String body = batch(
                dispute(fresh, TOWN_A, committee, mediator, "13800000003", null),
                // a committee outside the caller's scope: refused by the service's reference check
                dispute(invalid, TOWN_A, otherCommittee, mediator, "13800000004", null),
                dispute(existing, TOWN_A, committee, mediator, "13800000005", 1L),
                dispute(foreign, TOWN_B, otherCommittee, null, "13800000006", null));
        JsonPath answer = upload(clerk(TOWN_A), "disputes", body);
        assertEquals(List.of("CREATED", "REJECTED", "CONFLICT", "REJECTED"), answer.getList("results.status"));
        assertEquals("committeeId", answer.getString("results[1].errors[0].field"));
        assertEquals(2, answer.getInt("results[2].current.version"));
        assertEquals("orgUnit", answer.getString("results[3].errors[0].field"));
        assertEquals(1, count("SELECT count(*) FROM dispute WHERE id IN ('" + fresh + "','" + invalid + "','" + foreign + "')"));
        assertEquals(2, count("SELECT count(*) FROM dispute_party WHERE dispute_id = '" + fresh + "'"));
        assertEquals(1, count("SELECT count(*) FROM dispute_mediator WHERE dispute_id = '" + fresh + "'"));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Dispute", fresh));

        long disputes = count("SELECT count(*) FROM dispute");
        long parties = count("SELECT count(*) FROM dispute_party");
        long mediators = count("SELECT count(*) FROM dispute_mediator");
        long partyVersions = count("SELECT coalesce(sum(version), 0) FROM dispute_party");
        long audits = count("SELECT count(*) FROM audit_log");
        JsonPath replay = upload(clerk(TOWN_A), "disputes", body);
        assertEquals(List.of("UNCHANGED", "REJECTED", "CONFLICT", "REJECTED"), replay.getList("results.status"));
        assertEquals(disputes, count("SELECT count(*) FROM dispute"));
        assertEquals(parties, count("SELECT count(*) FROM dispute_party"));
        assertEquals(mediators, count("SELECT count(*) FROM dispute_mediator"));
        assertEquals(partyVersions, count("SELECT coalesce(sum(version), 0) FROM dispute_party"));
        assertEquals(audits, count("SELECT count(*) FROM audit_log"));
    }

    @Test
    void aControlCharacterRejectsTheRecordNamingTheFieldAndNothingOfItIsStored() {
        UUID committee = committeeIn(TOWN_A);
        UUID bad = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        JsonPath answer = upload(clerk(TOWN_A), "disputes", batch(
                dispute(bad, TOWN_A, committee, null, "13800000007", null).replace("钱二", "钱\\u0000二"),
                dispute(good, TOWN_A, committee, null, "13800000008", null)));
        assertEquals(List.of("REJECTED", "CREATED"), answer.getList("results.status"));
        assertEquals("parties[1].name", answer.getString("results[0].errors[0].field"));
        assertTrue(answer.getString("results[0].errors[0].message").contains("控制字符"), answer.prettify());
        assertEquals(0, count("SELECT count(*) FROM dispute WHERE id = '" + bad + "'"));
        assertEquals(0, count("SELECT count(*) FROM dispute_party WHERE dispute_id = '" + bad + "'"));
    }

    @Test
    void aDisputeUpdatedThroughSyncShowsTheNextVersionThroughTheApi() {
        UUID committee = committeeIn(TOWN_A);
        UUID mediator = mediatorIn(committee);
        UUID id = UUID.randomUUID();
        upload(clerk(TOWN_A), "disputes", batch(dispute(id, TOWN_A, committee, null, "13800000001", null)));
        String change = dispute(id, TOWN_A, committee, mediator, "13900000009", 1L);
        assertEquals("UPDATED", upload(clerk(TOWN_A), "disputes", batch(change)).getString("results[0].status"));
        // a changed party or mediator list alone is a change: the replay is not
        assertEquals("UNCHANGED", upload(clerk(TOWN_A), "disputes", batch(change)).getString("results[0].status"));
        JsonPath api = admin().get(BASE + "/disputes/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(2, api.getInt("version"));
        assertEquals("13900000009", api.getString("parties[0].phone"));
        assertEquals(List.of(mediator.toString()), api.getList("mediatorIds"));
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Dispute", id));
    }

    @Test
    void anExtensionSyncsLikeThroughTheApiAndAnOfficeThatDoesNotSendItKeepsIt() {
        UUID committee = committeeIn(TOWN_A);
        UUID id = UUID.randomUUID();
        String registered = dispute(id, TOWN_A, committee, null, "13800000001", null).replace("2016-03-01", "2021-09-01");
        upload(clerk(TOWN_A), "disputes", batch(registered));
        String early = registered.replace("\"mediatorIds\"", "\"version\":1,\"extendedUntil\":\"2021-10-07\",\"extensionReason\":\"继续调解\",\"mediatorIds\"");
        JsonPath refused = upload(clerk(TOWN_A), "disputes", batch(early));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        assertEquals("extendedUntil", refused.getString("results[0].errors[0].field"));
        String extended = early.replace("2021-10-07", "2021-11-08");
        assertEquals("UPDATED", upload(clerk(TOWN_A), "disputes", batch(extended)).getString("results[0].status"));
        assertEquals("UNCHANGED", upload(clerk(TOWN_A), "disputes", batch(extended)).getString("results[0].status"));
        String without = registered.replace("\"mediatorIds\"", "\"version\":2,\"mediatorIds\"");
        assertEquals("UNCHANGED", upload(clerk(TOWN_A), "disputes", batch(without)).getString("results[0].status"));
        JsonPath api = admin().get(BASE + "/disputes/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("2021-11-08", api.getString("extendedUntil"));
        assertEquals("2021-11-08", api.getString("deadlines[0].dueOn"));
    }

    @Test
    void aFieldOnlyAnActionSetsIsRefusedAsTheApiRefusesIt() {
        UUID committee = committeeIn(TOWN_A);
        UUID id = UUID.randomUUID();
        upload(clerk(TOWN_A), "disputes", batch(dispute(id, TOWN_A, committee, null, "13800000001", null)));
        String concluded = dispute(id, TOWN_A, committee, null, "13800000001", 1L).replace("\"version\":1", "\"version\":1,\"status\":\"SUCCEEDED\"");
        clerk(TOWN_A).body(concluded).put(BASE + "/disputes/" + id).then().statusCode(400);
        JsonPath answer = upload(clerk(TOWN_A), "disputes", batch(concluded));
        assertEquals("REJECTED", answer.getString("results[0].status"));
        assertEquals("status", answer.getString("results[0].errors[0].field"));
        clerk(TOWN_A).get(BASE + "/disputes/" + id).then().statusCode(200).body("status", equalTo("REGISTERED")).body("version", equalTo(1));
    }

    @Test
    void aDisputeCreatedThroughTheApiIsInItsTownshipsFeedOnlyAndDeletionLeavesATombstone() {
        UUID committee = committeeIn(TOWN_A);
        UUID id = UUID.randomUUID();
        clerk(TOWN_A).body(dispute(id, TOWN_A, committee, null, "13800000001", null)).post(BASE + "/disputes").then().statusCode(201);
        Map<String, Map<String, Object>> a = mirror(clerk(TOWN_A), "disputes");
        assertTrue(a.containsKey(id.toString()));
        JsonPath api = clerk(TOWN_A).get(BASE + "/disputes/" + id).then().statusCode(200).extract().jsonPath();
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) a.get(id.toString()).get("record");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parties = (List<Map<String, Object>>) record.get("parties");
        assertEquals(2, parties.size());
        // the feed shows the record as the API shows it to this reader
        assertEquals(api.getString("parties[0].idNumber"), parties.get(0).get("idNumber"));
        assertEquals(api.getString("parties[0].name"), parties.get(0).get("name"));
        assertFalse(mirror(clerk(TOWN_B), "disputes").containsKey(id.toString()));

        assertEquals("UPDATED", upload(clerk(TOWN_A), "disputes",
                batch("{\"id\":\"" + id + "\",\"version\":1,\"deleted\":true}")).getString("results[0].status"));
        assertEquals(true, mirror(clerk(TOWN_A), "disputes").get(id.toString()).get("deleted"));
        assertEquals(0, count("SELECT count(*) FROM dispute_party WHERE dispute_id = '" + id + "'"));
        clerk(TOWN_A).get(BASE + "/disputes/" + id).then().statusCode(404);
        // the committee has no disputes left, so it may go now
        assertEquals("UPDATED", upload(clerk(TOWN_A), "committees",
                batch("{\"id\":\"" + committee + "\",\"version\":1,\"deleted\":true}")).getString("results[0].status"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDistrictsFeedIsBulkAndMasksEveryPartyWhileTheOfficesFeedIsItsMirror() {
        UUID committee = committeeIn(TOWN_A);
        UUID id = UUID.randomUUID();
        clerk(TOWN_A).body(dispute(id, TOWN_A, committee, null, "13800000002", null)).post(BASE + "/disputes").then().statusCode(201);
        Map<String, Object> district = (Map<String, Object>) mirror(admin(), "disputes").get(id.toString()).get("record");
        Map<String, Object> party = ((List<Map<String, Object>>) district.get("parties")).get(0);
        assertEquals("赵*", party.get("name"));
        assertEquals(ID_A.substring(0, 6) + "********" + ID_A.substring(14), party.get("idNumber"));
        assertEquals("138****0002", party.get("phone"));
        Map<String, Object> office = (Map<String, Object>) mirror(clerk(TOWN_A), "disputes").get(id.toString()).get("record");
        party = ((List<Map<String, Object>>) office.get("parties")).get(0);
        assertEquals("赵一", party.get("name"));
        assertEquals(ID_A, party.get("idNumber"));
    }

    static String mediator(UUID id, UUID committee, String phone, String termEnd, Long version) {
        return """
                {"id":"%s","committeeId":"%s","name":"周调解","idNumber":"%s","phone":"%s","employment":"FULL_TIME",\
                "termStart":"2016-01-01"%s%s}"""
                .formatted(id, committee, ID_A, phone, termEnd == null ? "" : ",\"termEnd\":\"" + termEnd + "\"",
                        version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void mediatorsSyncWithTheirCommitteesScope() {
        UUID committee = committeeIn(TOWN_A);
        UUID otherCommittee = committeeIn(TOWN_B);
        UUID fresh = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();
        String body = batch(
                mediator(fresh, committee, "13700000001", null, null),
                mediator(invalid, committee, "13700000002", "2015-06-30", null),
                mediator(foreign, otherCommittee, "13700000003", null, null));
        JsonPath answer = upload(clerk(TOWN_A), "mediators", body);
        assertEquals(List.of("CREATED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("termEnd", answer.getString("results[1].errors[0].field"));
        assertEquals("orgUnit", answer.getString("results[2].errors[0].field"));
        assertEquals(1, count("SELECT count(*) FROM mediator WHERE id IN ('" + fresh + "','" + invalid + "','" + foreign + "')"));

        long audits = count("SELECT count(*) FROM audit_log");
        assertEquals(List.of("UNCHANGED", "REJECTED", "REJECTED"), upload(clerk(TOWN_A), "mediators", body).getList("results.status"));
        assertEquals(audits, count("SELECT count(*) FROM audit_log"));

        assertEquals("UPDATED", upload(clerk(TOWN_A), "mediators",
                batch(mediator(fresh, committee, "13700000009", null, 1L))).getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/mediators/" + fresh).then().statusCode(200)
                .body("version", equalTo(2)).body("phone", equalTo("13700000009"));
        assertTrue(mirror(clerk(TOWN_A), "mediators").containsKey(fresh.toString()));
        assertFalse(mirror(clerk(TOWN_B), "mediators").containsKey(fresh.toString()));
    }

    static String training(UUID id, String orgUnit, List<UUID> attendees, Long version) {
        String ids = String.join(",", attendees.stream().map(a -> "\"" + a + "\"").toList());
        return """
                {"id":"%s","orgUnit":"%s","kind":"ANNUAL","title":"2016年度调解员培训","heldOn":"2016-06-18","hours":4,\
                "attendeeIds":[%s]%s}"""
                .formatted(id, orgUnit, ids, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void trainingsSyncWithTheirAttendees() {
        UUID m1 = mediatorIn(committeeIn(TOWN_A));
        UUID m2 = mediatorIn(committeeIn(TOWN_A));
        UUID theirs = mediatorIn(committeeIn(TOWN_B));
        UUID fresh = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        String body = batch(training(fresh, TOWN_A, List.of(m1, m2), null), training(invalid, TOWN_A, List.of(m1, theirs), null));
        assertEquals(List.of("CREATED", "REJECTED"), upload(clerk(TOWN_A), "trainings", body).getList("results.status"));
        assertEquals(2, count("SELECT count(*) FROM training_attendance WHERE training_id = '" + fresh + "'"));
        assertEquals(0, count("SELECT count(*) FROM training WHERE id = '" + invalid + "'"));
        long audits = count("SELECT count(*) FROM audit_log");
        assertEquals(List.of("UNCHANGED", "REJECTED"), upload(clerk(TOWN_A), "trainings", body).getList("results.status"));
        // the same attendees in another order are the same attendance
        assertEquals("UNCHANGED", upload(clerk(TOWN_A), "trainings",
                batch(training(fresh, TOWN_A, List.of(m2, m1), 1L))).getString("results[0].status"));
        assertEquals(audits, count("SELECT count(*) FROM audit_log"));
        assertEquals("UPDATED", upload(clerk(TOWN_A), "trainings",
                batch(training(fresh, TOWN_A, List.of(m1), 1L))).getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/trainings/" + fresh).then().statusCode(200).body("version", equalTo(2));
        assertEquals(1, count("SELECT count(*) FROM training_attendance WHERE training_id = '" + fresh + "'"));
        assertTrue(mirror(clerk(TOWN_A), "trainings").containsKey(fresh.toString()));
        assertFalse(mirror(clerk(TOWN_B), "trainings").containsKey(fresh.toString()));
    }

    static String screening(UUID id, String orgUnit, String start, String end, int found, Long version) {
        return """
                {"id":"%s","orgUnit":"%s","periodStart":"%s","periodEnd":"%s","disputesFound":%d%s}"""
                .formatted(id, orgUnit, start, end, found, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void screeningsSyncWithTheApisChecks() {
        UUID fresh = UUID.randomUUID();
        UUID inverted = UUID.randomUUID();
        UUID samePeriod = UUID.randomUUID();
        String body = batch(
                screening(fresh, TOWN_A, "2016-01-01", "2016-01-31", 0, null),
                screening(inverted, TOWN_A, "2016-02-28", "2016-02-01", 1, null),
                screening(samePeriod, TOWN_A, "2016-01-01", "2016-01-31", 2, null));
        JsonPath answer = upload(clerk(TOWN_A), "screenings", body);
        assertEquals(List.of("CREATED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("periodEnd", answer.getString("results[1].errors[0].field"));
        assertEquals(1, count("SELECT count(*) FROM screening WHERE id IN ('" + fresh + "','" + inverted + "','" + samePeriod + "')"));
        long audits = count("SELECT count(*) FROM audit_log");
        assertEquals(List.of("UNCHANGED", "REJECTED", "REJECTED"), upload(clerk(TOWN_A), "screenings", body).getList("results.status"));
        assertEquals(audits, count("SELECT count(*) FROM audit_log"));
        assertEquals("UPDATED", upload(clerk(TOWN_A), "screenings",
                batch(screening(fresh, TOWN_A, "2016-01-01", "2016-01-31", 3, 1L))).getString("results[0].status"));
        clerk(TOWN_A).get(BASE + "/screenings/" + fresh).then().statusCode(200)
                .body("version", equalTo(2)).body("disputesFound", equalTo(3)).body("zeroReport", equalTo(false));
        assertTrue(mirror(clerk(TOWN_A), "screenings").containsKey(fresh.toString()));
        assertFalse(mirror(clerk(TOWN_B), "screenings").containsKey(fresh.toString()));
    }

    static String followUp(UUID id, UUID dispute, String visitedOn, String satisfaction) {
        return """
                {"id":"%s","disputeId":"%s","visitedOn":"%s","fulfilment":"FULFILLED","satisfaction":"%s"}"""
                .formatted(id, dispute, visitedOn, satisfaction);
    }

    @Test
    void followUpsSyncOnlyForConcludedDisputesAndCannotBeChanged() {
        UUID committee = committeeIn(TOWN_A);
        UUID open = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        upload(clerk(TOWN_A), "disputes", batch(dispute(open, TOWN_A, committee, null, "13800000001", null),
                dispute(done, TOWN_A, committee, null, "13800000002", null)));
        clerk(TOWN_A).body("{\"outcome\":\"WITHDRAWN\",\"concludedOn\":\"2016-03-10\",\"version\":1}")
                .post(BASE + "/disputes/" + done + "/conclude").then().statusCode(200);
        UUID fresh = UUID.randomUUID();
        UUID tooEarly = UUID.randomUUID();
        UUID notConcluded = UUID.randomUUID();
        String body = batch(
                followUp(fresh, done, "2016-04-01", "SATISFIED"),
                followUp(tooEarly, done, "2016-03-01", "SATISFIED"),
                followUp(notConcluded, open, "2016-04-01", "SATISFIED"));
        JsonPath answer = upload(clerk(TOWN_A), "follow-ups", body);
        assertEquals(List.of("CREATED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("visitedOn", answer.getString("results[1].errors[0].field"));
        assertEquals(1, count("SELECT count(*) FROM follow_up WHERE id IN ('" + fresh + "','" + tooEarly + "','" + notConcluded + "')"));
        long audits = count("SELECT count(*) FROM audit_log");
        assertEquals(List.of("UNCHANGED", "REJECTED", "REJECTED"), upload(clerk(TOWN_A), "follow-ups", body).getList("results.status"));
        // the API cannot change a follow-up, so sync cannot either
        String changed = followUp(fresh, done, "2016-04-01", "DISSATISFIED").replace("}", ",\"version\":1}");
        assertEquals("REJECTED", upload(clerk(TOWN_A), "follow-ups", batch(changed)).getString("results[0].status"));
        assertEquals(audits, count("SELECT count(*) FROM audit_log"));
        clerk(TOWN_A).get(BASE + "/disputes/" + done + "/follow-ups").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].satisfaction", equalTo("SATISFIED"));
        assertTrue(mirror(clerk(TOWN_A), "follow-ups").containsKey(fresh.toString()));
        assertFalse(mirror(clerk(TOWN_B), "follow-ups").containsKey(fresh.toString()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReferralsOrganAndTheAgreementsTermsTravelWithTheDisputeAndAFollowUpUploadChecksTheTerms() {
        UUID committee = committeeIn(TOWN_A);
        UUID id = UUID.randomUUID();
        String referred = dispute(id, TOWN_A, committee, null, "13800000001", null).replace("\"APPLICATION\"", "\"PETITION_REFERRAL\"")
                .replace("\"mediatorIds\"", "\"referringOrgan\":\"大祥区信访局\",\"referralDocumentNumber\":\"祥信转〔2016〕3号\",\"mediatorIds\"");
        assertEquals("CREATED", upload(clerk(TOWN_A), "disputes", batch(referred)).getString("results[0].status"));
        // an office that does not send the referral's fields keeps them, as with the clock fields
        String without = dispute(id, TOWN_A, committee, null, "13800000001", 1L).replace("\"APPLICATION\"", "\"PETITION_REFERRAL\"");
        assertEquals("UNCHANGED", upload(clerk(TOWN_A), "disputes", batch(without)).getString("results[0].status"));
        clerk(TOWN_A).body("{\"startedOn\":\"2016-03-02\",\"version\":1}").post(BASE + "/disputes/" + id + "/start").then().statusCode(200);
        clerk(TOWN_A).body("""
                {"outcome":"SUCCEEDED","concludedOn":"2016-03-10","agreementForm":"WRITTEN","version":2,
                 "agreement":{"matters":"宅基地边界","performanceMethod":"当场履行",
                              "terms":[{"obligorParty":1,"obligation":"退让围墙0.5米"},{"obligorParty":0,"obligation":"补偿","amount":800}]}}""")
                .post(BASE + "/disputes/" + id + "/conclude").then().statusCode(200);
        Map<String, Object> record = (Map<String, Object>) mirror(clerk(TOWN_A), "disputes").get(id.toString()).get("record");
        assertEquals("大祥区信访局", record.get("referringOrgan"));
        assertEquals(2, ((List<?>) ((Map<String, Object>) record.get("agreement")).get("terms")).size());
        // the action's content stays when an office uploads the registration again
        String again = without.replace("\"version\":1", "\"version\":3");
        assertEquals("UNCHANGED", upload(clerk(TOWN_A), "disputes", batch(again)).getString("results[0].status"));

        UUID short_ = UUID.randomUUID();
        UUID visit = UUID.randomUUID();
        String body = batch(followUp(short_, id, "2016-04-01", "SATISFIED").replace("\"fulfilment\":\"FULFILLED\"", "\"termPerformance\":[\"PERFORMED\"]"),
                followUp(visit, id, "2016-04-01", "SATISFIED").replace("\"fulfilment\":\"FULFILLED\"", "\"termPerformance\":[\"PERFORMED\",\"PARTLY\"]"));
        JsonPath answer = upload(clerk(TOWN_A), "follow-ups", body);
        assertEquals(List.of("REJECTED", "CREATED"), answer.getList("results.status"));
        assertEquals("termPerformance", answer.getString("results[0].errors[0].field"));
        assertEquals(List.of("REJECTED", "UNCHANGED"), upload(clerk(TOWN_A), "follow-ups", body).getList("results.status"));
        clerk(TOWN_A).get(BASE + "/disputes/" + id + "/follow-ups").then().statusCode(200)
                .body("[0].fulfilment", equalTo("PARTLY")).body("[0].termPerformance", equalTo(List.of("PERFORMED", "PARTLY")));
    }

    @Test
    void aDisputeHandedOverTakesItsFollowUpsAndTheOldOfficeLosesThemByEveryPath() {
        UUID done = UUID.randomUUID();
        upload(clerk(TOWN_A), "disputes", batch(dispute(done, TOWN_A, committeeIn(TOWN_A), null, "13800000003", null)));
        clerk(TOWN_A).body("{\"outcome\":\"WITHDRAWN\",\"concludedOn\":\"2016-03-10\",\"version\":1}")
                .post(BASE + "/disputes/" + done + "/conclude").then().statusCode(200);
        UUID visit = UUID.randomUUID();
        upload(clerk(TOWN_A), "follow-ups", batch(followUp(visit, done, "2016-04-01", "SATISFIED")));

        admin().body(dispute(done, TOWN_B, committeeIn(TOWN_B), null, "13800000003", 2L)).put(BASE + "/disputes/" + done)
                .then().statusCode(200).body("orgUnit", equalTo(TOWN_B));
        assertEquals(1, count("SELECT count(*) FROM follow_up WHERE id = '" + visit + "' AND org_unit = '" + TOWN_B + "'"));
        assertEquals(false, mirror(clerk(TOWN_B), "follow-ups").get(visit.toString()).get("deleted"));
        assertEquals(true, mirror(clerk(TOWN_A), "follow-ups").get(visit.toString()).get("deleted"));
        assertEquals(true, mirror(clerk(TOWN_A), "disputes").get(done.toString()).get("deleted"));
        clerk(TOWN_A).get(BASE + "/disputes/" + done + "/follow-ups").then().statusCode(404);
        assertEquals("REJECTED", upload(clerk(TOWN_A), "follow-ups",
                batch("{\"id\":\"" + visit + "\",\"version\":2,\"deleted\":true}")).getString("results[0].status"));
        assertEquals(1, count("SELECT count(*) FROM follow_up WHERE id = '" + visit + "'"));
    }

    @Test
    void aDisputeWithFollowUpsCannotBeDeletedUntilTheyAreAndTheFeedShowsEveryDeletion() {
        UUID committee = committeeIn(TOWN_A);
        UUID dispute = UUID.randomUUID();
        upload(clerk(TOWN_A), "disputes", batch(dispute(dispute, TOWN_A, committee, null, "13800000003", null)));
        clerk(TOWN_A).body("{\"outcome\":\"WITHDRAWN\",\"concludedOn\":\"2016-03-10\",\"version\":1}")
                .post(BASE + "/disputes/" + dispute + "/conclude").then().statusCode(200);
        UUID visit = UUID.randomUUID();
        upload(clerk(TOWN_A), "follow-ups", batch(followUp(visit, dispute, "2016-04-01", "SATISFIED")));

        // the follow-up is a record of its own: the dispute's deletion is refused, naming it, and nothing is lost
        JsonPath refused = upload(clerk(TOWN_A), "disputes", batch("{\"id\":\"%s\",\"deleted\":true,\"version\":2}".formatted(dispute)));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        assertEquals("id", refused.getString("results[0].errors[0].field"));
        assertTrue(refused.getString("results[0].errors[0].message").contains("回访记录"), refused.prettify());
        assertEquals(1, count("SELECT count(*) FROM dispute WHERE id = '" + dispute + "'"));
        assertEquals(1, count("SELECT count(*) FROM follow_up WHERE id = '" + visit + "'"));

        // follow-up first, then the dispute (its parties go with it): both leave a tombstone in the feed
        assertEquals("UPDATED", upload(clerk(TOWN_A), "follow-ups", batch("{\"id\":\"%s\",\"deleted\":true,\"version\":1}".formatted(visit)))
                .getString("results[0].status"));
        assertEquals("UPDATED", upload(clerk(TOWN_A), "disputes", batch("{\"id\":\"%s\",\"deleted\":true,\"version\":2}".formatted(dispute)))
                .getString("results[0].status"));
        assertEquals(0, count("SELECT count(*) FROM dispute_party WHERE dispute_id = '" + dispute + "'"));
        assertEquals(Boolean.TRUE, mirror(clerk(TOWN_A), "follow-ups").get(visit.toString()).get("deleted"));
        assertEquals(Boolean.TRUE, mirror(clerk(TOWN_A), "disputes").get(dispute.toString()).get("deleted"));
    }

    @Test
    void anArchivedDossierIsDeletedByNoPathAndItsRewardStaysCounted() {
        UUID committee = committeeIn(TOWN_A);
        UUID dispute = UUID.randomUUID();
        upload(clerk(TOWN_A), "disputes", batch(dispute(dispute, TOWN_A, committee, null, "13800000004", null)));
        clerk(TOWN_A).body("{\"outcome\":\"WITHDRAWN\",\"concludedOn\":\"2016-03-10\",\"version\":1}")
                .post(BASE + "/disputes/" + dispute + "/conclude").then().statusCode(200);
        clerk(TOWN_A).body("{\"archivedOn\":\"2016-04-10\",\"complexityGrade\":\"SIMPLE\",\"dossierNumber\":\"火调〔2016〕1号\",\"version\":2}")
                .post(BASE + "/disputes/" + dispute + "/archive").then().statusCode(200).body("version", equalTo(3));
        long payout = clerk(TOWN_A).queryParam("year", 2016).get(BASE + "/rewards/payouts").then().statusCode(200)
                .extract().jsonPath().getLong("dossiers");
        assertTrue(payout >= 1);

        // the API has no way to delete a dispute, and refuses to change an archived one
        clerk(TOWN_A).delete(BASE + "/disputes/" + dispute).then().statusCode(405);
        clerk(TOWN_A).body(dispute(dispute, TOWN_A, committee, null, "13800000005", 3L)).put(BASE + "/disputes/" + dispute)
                .then().statusCode(409).body("detail", equalTo("卷宗已归档，纠纷不能再修改"));
        // sync obeys the same rule: REJECTED with the reason, nothing deleted, no tombstone
        JsonPath refused = upload(clerk(TOWN_A), "disputes", batch("{\"id\":\"%s\",\"deleted\":true,\"version\":3}".formatted(dispute)));
        assertEquals("REJECTED", refused.getString("results[0].status"), refused.prettify());
        assertEquals("卷宗已归档，纠纷不能再删除", refused.getString("results[0].errors[0].message"));
        assertEquals(1, count("SELECT count(*) FROM dispute WHERE id = '" + dispute + "'"));
        assertEquals(0, count("SELECT count(*) FROM tombstone WHERE entity_id = '" + dispute + "'"));
        // nor may a district admin: the dossier is counted in the year's payout
        JsonPath byAdmin = upload(admin(), "disputes", batch("{\"id\":\"%s\",\"deleted\":true,\"version\":3}".formatted(dispute)));
        assertEquals("REJECTED", byAdmin.getString("results[0].status"));
        assertEquals(payout, clerk(TOWN_A).queryParam("year", 2016).get(BASE + "/rewards/payouts").then().statusCode(200)
                .extract().jsonPath().getLong("dossiers"));
        assertFalse(Boolean.TRUE.equals(mirror(clerk(TOWN_A), "disputes").get(dispute.toString()).get("deleted")));
    }

    static JsonPath clerkGet(String orgUnit, String resource, UUID id) {
        return clerk(orgUnit).get(BASE + "/" + resource + "/" + id).then().statusCode(200).extract().jsonPath();
    }
}
