package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
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
import static cn.daxiang.justice.corrections.TestData.newSubject;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.delta;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.post;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.stats;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.APPROVALS;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.approval;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.decide;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.queue;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.assertClock;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.item;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Revocation proposals (提请撤销缓刑、撤销假释、收监执行): drafted by the township office, reviewed there and submitted by the
 * district bureau through the kit's approvals; the court's or authority's decision is recorded on the submitted proposal
 * and a grant ends the subject's correction (terminated, REVOKED or IMPRISONED) in the same transaction.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RevocationProposalTest {

    @Inject
    AgroalDataSource dataSource;

    static final String PROPOSALS = BASE + "/revocation-proposals";
    static final String BASIS = "《中华人民共和国社区矫正法》第四十八条、第四十九条（条文序号待核）";

    static String subjectIn(String orgUnit, String type) {
        return newSubject(orgUnit, type, LocalDate.parse("2021-03-01"));
    }

    static Map<String, Object> proposal(String kind, String proposedOn) {
        return map("kind", kind, "grounds", "脱离监管超过一个月，经查找未果", "proposedOn", proposedOn,
                "attachments", List.of(map("title", "查找情况说明", "ref", "卷宗第12页")));
    }

    static JsonPath draft(String orgUnit, String subject, Map<String, Object> body) {
        return post(SUBJECTS + "/" + subject + "/revocation-proposals", orgUnit, body);
    }

    static JsonPath proposalView(String id) {
        return as("district-admin", DISTRICT).get(PROPOSALS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath subjectView(String id) {
        return as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> ruling(String on, String outcome, long version) {
        return map("decidedOn", on, "decidedBy", "邵阳市大祥区人民法院", "documentNumber", "（2021）湘0503刑更12号",
                "outcome", outcome, "version", version);
    }

    static ValidatableResponse record(String role, String orgUnit, String id, Map<String, Object> body) {
        return as(role, orgUnit).body(body).post(PROPOSALS + "/" + id + "/decision").then();
    }

    /** Drafted, reviewed by the office and submitted by the district: the proposal's view, SUBMITTED. */
    static JsonPath submitted(String orgUnit, String subject, Map<String, Object> body) {
        String approvalId = draft(orgUnit, subject, body).getString("approvalId");
        decide("township-clerk", orgUnit, approvalId, "APPROVE").statusCode(200);
        String id = decide("district-admin", DISTRICT, approvalId, "APPROVE").statusCode(200)
                .body("state", equalTo("APPROVED")).extract().path("recordId");
        return proposalView(id);
    }

    @Test
    void theOfficeReviewsTheDistrictSubmitsAndTheCourtsRevocationEndsTheCorrection() {
        String subject = subjectIn(LUOSHI, "PROBATION");
        String violation = as("township-clerk", LUOSHI).body(map("occurredOn", "2021-05-10", "description", "未经批准离开所居住的市县",
                "sanction", "WARNING")).post(SUBJECTS + "/" + subject + "/violations").then().statusCode(201).extract().path("id");
        String absconding = post(SUBJECTS + "/" + subject + "/absconding-cases", LUOSHI, map("discoveredOn", "2021-07-20",
                "discoveredHow", "UNREACHABLE", "circumstances", "对象未按时报告，电话关机")).getString("id");
        Map<String, Object> body = proposal("REVOKE_PROBATION", "2021-09-03");
        body.put("violationIds", List.of(violation, violation));
        body.put("abscondingCaseId", absconding);
        JsonPath drafted = draft(LUOSHI, subject, body);
        String id = drafted.getString("id");
        assertEquals("DRAFTED", drafted.getString("status"));
        assertEquals(List.of(violation), drafted.getList("violationIds"), "each violation once");
        assertEquals(absconding, drafted.getString("abscondingCaseId"));
        assertNull(item(drafted, "REVOCATION_DECISION"), "no decision is due before the proposal is submitted");

        String approvalId = drafted.getString("approvalId");
        JsonPath pending = approval("township-clerk", LUOSHI, approvalId);
        assertEquals("REVOCATION", pending.getString("kind"));
        assertEquals("提请撤销缓刑、假释或收监执行审批", pending.getString("name"));
        assertEquals(List.of(LUOSHI, DISTRICT), pending.getList("route.orgUnit"));
        assertEquals(PROPOSALS + "/" + id, pending.getString("record"));
        assertEquals("查找情况说明", pending.getString("attachments[0].title"));
        record("district-admin", DISTRICT, id, ruling("2021-09-28", "GRANTED", 1)).statusCode(409);
        decide("district-admin", DISTRICT, approvalId, "APPROVE").statusCode(403);

        JsonPath reviewed = decide("township-clerk", LUOSHI, approvalId, "APPROVE").statusCode(200).extract().jsonPath();
        assertEquals("PENDING", reviewed.getString("state"));
        assertEquals(DISTRICT, reviewed.getString("awaitingOrgUnit"));
        assertEquals("DRAFTED", proposalView(id).getString("status"), "the office's review does not submit it");
        assertTrue(queue("district-admin", DISTRICT).contains(approvalId));
        decide("district-admin", DISTRICT, approvalId, "APPROVE").statusCode(200).body("state", equalTo("APPROVED"));
        JsonPath sent = proposalView(id);
        assertEquals("SUBMITTED", sent.getString("status"));
        // the court's 30 days from the proposal of 3 September end on 3 October, inside the National Day holiday: the 8th
        assertClock(item(sent, "REVOCATION_DECISION"), "2021-09-03", "2021-10-08", "30日", BASIS, "OVERDUE");

        long version = sent.getLong("version");
        record("township-clerk", LUOSHI, id, ruling("2021-09-02", "GRANTED", version)).statusCode(400)
                .body("errors.field", hasItem("decidedOn"));
        record("township-clerk", LUOSHI, id, ruling("2021-09-28", "GRANTED", version - 1)).statusCode(412);
        assertEquals("IN_CORRECTION", subjectView(subject).getString("status"), "nothing took effect");

        JsonPath granted = record("township-clerk", LUOSHI, id, ruling("2021-09-28", "GRANTED", version)).statusCode(200)
                .extract().jsonPath();
        assertEquals("GRANTED", granted.getString("status"));
        assertEquals("2021-09-28", granted.getString("decidedOn"));
        assertEquals("邵阳市大祥区人民法院", granted.getString("decidedBy"));
        assertEquals("（2021）湘0503刑更12号", granted.getString("documentNumber"));
        assertEquals("MET", item(granted, "REVOCATION_DECISION").get("state"));
        JsonPath ended = subjectView(subject);
        assertEquals("TERMINATED", ended.getString("status"));
        assertEquals("REVOKED", ended.getString("endReason"));
        assertEquals("2021-09-28", ended.getString("endedOn"));
        record("township-clerk", LUOSHI, id, ruling("2021-09-29", "DENIED", granted.getLong("version"))).statusCode(409);
        assertEquals(List.of("CREATE", "SUBMIT", "DECIDE"), auditActions(dataSource, "RevocationProposal", UUID.fromString(id)));
        assertTrue(auditActions(dataSource, "Subject", UUID.fromString(subject)).contains("TERMINATE"),
                "ended through the subject's own termination");
        // an ended correction takes no new proposal
        as("township-clerk", LUOSHI).body(proposal("REVOKE_PROBATION", "2021-09-20"))
                .post(SUBJECTS + "/" + subject + "/revocation-proposals").then().statusCode(409);
    }

    @Test
    void aReturnedProposalIsResubmittedAndARejectionWithdrawsItUnsent() {
        String subject = subjectIn(BANQIAO, "PAROLE");
        String path = SUBJECTS + "/" + subject + "/revocation-proposals";
        JsonPath drafted = draft(BANQIAO, subject, proposal("REVOKE_PAROLE", "2021-06-01"));
        String approvalId = drafted.getString("approvalId");
        as("township-clerk", BANQIAO).body(proposal("REVOKE_PAROLE", "2021-06-02")).post(path).then().statusCode(409);

        decide("township-clerk", BANQIAO, approvalId, "APPROVE").statusCode(200);
        JsonPath returned = decide("district-admin", DISTRICT, approvalId, "RETURN").statusCode(200).extract().jsonPath();
        assertEquals("RETURNED", returned.getString("state"));
        assertEquals("DRAFTED", proposalView(drafted.getString("id")).getString("status"));
        as("township-clerk", BANQIAO).body(map("reasons", "补充两次警告的决定书", "version", returned.getLong("version")))
                .post(APPROVALS + "/" + approvalId + "/resubmit").then().statusCode(200).body("round", equalTo(2));
        decide("township-clerk", BANQIAO, approvalId, "APPROVE").statusCode(200);
        JsonPath rejected = decide("district-admin", DISTRICT, approvalId, "REJECT").statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", rejected.getString("state"));
        JsonPath withdrawn = proposalView(drafted.getString("id"));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertNull(item(withdrawn, "REVOCATION_DECISION"), "not sent, nothing to decide");
        record("township-clerk", BANQIAO, drafted.getString("id"), ruling("2021-06-20", "GRANTED", withdrawn.getLong("version")))
                .statusCode(409);
        assertEquals("IN_CORRECTION", subjectView(subject).getString("status"));
        assertEquals(List.of("CREATE", "WITHDRAW"), auditActions(dataSource, "RevocationProposal", UUID.fromString(drafted.getString("id"))));

        // withdrawn, the office may propose again
        draft(BANQIAO, subject, proposal("REVOKE_PAROLE", "2021-07-01"));
        as("township-clerk", BANQIAO).get(path).then().statusCode(200).body("items", hasSize(2))
                .body("items.status", equalTo(List.of("WITHDRAWN", "DRAFTED")));
    }

    @Test
    void aDenialLeavesTheSubjectInCorrectionAndAGrantedCommitmentToPrisonEndsIt() {
        String subject = subjectIn(CAIE, "OUTSIDE_PRISON");
        JsonPath first = submitted(CAIE, subject, proposal("IMPRISON", "2021-05-06"));
        JsonPath denied = record("district-admin", DISTRICT, first.getString("id"), ruling("2021-05-20", "DENIED", first.getLong("version")))
                .statusCode(200).extract().jsonPath();
        assertEquals("DENIED", denied.getString("status"));
        assertEquals("MET", item(denied, "REVOCATION_DECISION").get("state"));
        JsonPath still = subjectView(subject);
        assertEquals("IN_CORRECTION", still.getString("status"));
        assertNull(still.get("endReason"));

        JsonPath second = submitted(CAIE, subject, proposal("IMPRISON", "2021-08-02"));
        record("township-clerk", CAIE, second.getString("id"), ruling("2021-08-16", "GRANTED", second.getLong("version")))
                .statusCode(200).body("status", equalTo("GRANTED"));
        JsonPath ended = subjectView(subject);
        assertEquals("TERMINATED", ended.getString("status"));
        assertEquals("IMPRISONED", ended.getString("endReason"));
        assertEquals("2021-08-16", ended.getString("endedOn"));
    }

    @Test
    void anotherTownshipSeesNothingAndTheProvincialReaderOnlyReads() {
        String subject = subjectIn(LUOSHI, "PROBATION");
        String path = SUBJECTS + "/" + subject + "/revocation-proposals";
        JsonPath drafted = draft(LUOSHI, subject, proposal("REVOKE_PROBATION", "2021-06-01"));
        String id = drafted.getString("id");
        as("township-clerk", CAIE).get(PROPOSALS + "/" + id).then().statusCode(404);
        as("township-clerk", CAIE).get(path).then().statusCode(404);
        as("township-clerk", CAIE).body(proposal("REVOKE_PROBATION", "2021-06-02")).post(path).then().statusCode(404);
        as("township-clerk", CAIE).get(APPROVALS + "/" + drafted.getString("approvalId")).then().statusCode(404);
        as("provincial-reader", PROVINCE).get(PROPOSALS + "/" + id).then().statusCode(200).body("status", equalTo("DRAFTED"));
        as("provincial-reader", PROVINCE).get(path).then().statusCode(200).body("items", hasSize(1));
        as("provincial-reader", PROVINCE).body(proposal("REVOKE_PROBATION", "2021-06-02")).post(path).then().statusCode(403);

        decide("township-clerk", LUOSHI, drafted.getString("approvalId"), "APPROVE").statusCode(200);
        decide("township-clerk", CAIE, drafted.getString("approvalId"), "APPROVE").statusCode(404);
        decide("district-admin", DISTRICT, drafted.getString("approvalId"), "APPROVE").statusCode(200);
        Map<String, Object> grant = ruling("2021-06-20", "GRANTED", proposalView(id).getLong("version"));
        record("township-clerk", CAIE, id, grant).statusCode(404);
        record("provincial-reader", PROVINCE, id, grant).statusCode(403);
        assertEquals("SUBMITTED", proposalView(id).getString("status"));
        assertEquals("IN_CORRECTION", subjectView(subject).getString("status"));
        record("district-admin", DISTRICT, id, grant).statusCode(200);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String probation = subjectIn(LUOSHI, "PROBATION");
        String control = subjectIn(LUOSHI, "CONTROL");
        String other = subjectIn(LUOSHI, "PROBATION");
        String path = SUBJECTS + "/" + probation + "/revocation-proposals";
        String foreignViolation = as("township-clerk", LUOSHI).body(map("occurredOn", "2021-05-10", "description", "未按时报告",
                "sanction", "WARNING")).post(SUBJECTS + "/" + other + "/violations").then().statusCode(201).extract().path("id");

        as("township-clerk", LUOSHI).body(proposal("REVOKE_PAROLE", "2021-06-01")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        as("township-clerk", LUOSHI).body(proposal("IMPRISON", "2021-06-01")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        for (String kind : List.of("REVOKE_PROBATION", "REVOKE_PAROLE", "IMPRISON")) {
            as("township-clerk", LUOSHI).body(proposal(kind, "2021-06-01")).post(SUBJECTS + "/" + control + "/revocation-proposals")
                    .then().statusCode(400).body("errors.field", hasItem("kind"));
        }
        as("township-clerk", LUOSHI).body(proposal("REVOKE_PROBATION", "2021-02-01")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("proposedOn"));
        Map<String, Object> foreign = proposal("REVOKE_PROBATION", "2021-06-01");
        foreign.put("violationIds", List.of(foreignViolation));
        as("township-clerk", LUOSHI).body(foreign).post(path).then().statusCode(400).body("errors.field", hasItem("violationIds"));
        Map<String, Object> unknownCase = proposal("REVOKE_PROBATION", "2021-06-01");
        unknownCase.put("abscondingCaseId", UUID.randomUUID().toString());
        as("township-clerk", LUOSHI).body(unknownCase).post(path).then().statusCode(400).body("errors.field", hasItem("abscondingCaseId"));
        Map<String, Object> noGrounds = proposal("REVOKE_PROBATION", "2021-06-01");
        noGrounds.put("grounds", " ");
        as("township-clerk", LUOSHI).body(noGrounds).post(path).then().statusCode(400);
        as("township-clerk", LUOSHI).body(map("kind", "REVOKE_ALL", "grounds", "x", "proposedOn", "2021-06-01")).post(path)
                .then().statusCode(400);
        as("township-clerk", LUOSHI).get(path).then().statusCode(200).body("items", hasSize(0));
        as("township-clerk", LUOSHI).get(SUBJECTS + "/" + control + "/revocation-proposals").then().statusCode(200).body("items", hasSize(0));

        JsonPath sent = submitted(LUOSHI, probation, proposal("REVOKE_PROBATION", "2021-06-01"));
        String id = sent.getString("id");
        Map<String, Object> noNumber = ruling("2021-06-20", "GRANTED", sent.getLong("version"));
        noNumber.remove("documentNumber");
        record("township-clerk", LUOSHI, id, noNumber).statusCode(400).body("errors.field", hasItem("documentNumber"));
        Map<String, Object> badOutcome = ruling("2021-06-20", "MAYBE", sent.getLong("version"));
        record("township-clerk", LUOSHI, id, badOutcome).statusCode(400);
        record("township-clerk", LUOSHI, id, ruling("2099-06-20", "GRANTED", sent.getLong("version"))).statusCode(400);
        JsonPath unchanged = proposalView(id);
        assertEquals("SUBMITTED", unchanged.getString("status"));
        assertNull(unchanged.get("decidedOn"));
        assertEquals(sent.getLong("version"), unchanged.getLong("version"));
        assertEquals("IN_CORRECTION", subjectView(probation).getString("status"));
    }

    @Test
    void aTransferredSubjectTakesItsProposalAndItsPendingApprovalToTheNewOffice() {
        UUID subject = UUID.randomUUID();
        Map<String, Object> body = subject(subject, LUOSHI, "PROBATION", LocalDate.parse("2021-03-01"), "NORMAL");
        post(SUBJECTS, LUOSHI, body);
        JsonPath drafted = draft(LUOSHI, subject.toString(), proposal("REVOKE_PROBATION", "2021-06-01"));
        Map<String, Object> moved = new LinkedHashMap<>(body);
        moved.put("orgUnit", CAIE);
        moved.put("version", 1);
        as("district-admin", DISTRICT).body(moved).put(SUBJECTS + "/" + subject).then().statusCode(200);
        as("township-clerk", LUOSHI).get(PROPOSALS + "/" + drafted.getString("id")).then().statusCode(404);
        as("township-clerk", CAIE).get(PROPOSALS + "/" + drafted.getString("id")).then().statusCode(200).body("orgUnit", equalTo(CAIE));
        assertEquals(List.of(CAIE, DISTRICT), approval("township-clerk", CAIE, drafted.getString("approvalId")).getList("route.orgUnit"));
        assertTrue(queue("township-clerk", CAIE).contains(drafted.getString("approvalId")));
    }

    @Test
    void aProposalUploadedBySyncOpensItsApprovalAndIsNeitherChangedNorDeleted() {
        String subject = subjectIn(BANQIAO, "PROBATION");
        UUID id = UUID.randomUUID();
        Map<String, Object> body = proposal("REVOKE_PROBATION", "2021-04-01");
        body.put("id", id.toString());
        body.put("subjectId", subject);
        Map<String, Object> batch = map("records", List.of(body));
        as("township-clerk", BANQIAO).body(batch).post(BASE + "/sync/revocation-proposals").then().statusCode(200)
                .body("results[0].status", equalTo("CREATED"));
        as("township-clerk", BANQIAO).body(batch).post(BASE + "/sync/revocation-proposals").then().statusCode(200)
                .body("results[0].status", equalTo("UNCHANGED"));
        JsonPath stored = proposalView(id.toString());
        assertEquals("DRAFTED", stored.getString("status"));
        assertEquals("PENDING", approval("township-clerk", BANQIAO, stored.getString("approvalId")).getString("state"));

        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put("grounds", "改写的理由");
        changed.put("version", 1);
        as("township-clerk", BANQIAO).body(map("records", List.of(changed))).post(BASE + "/sync/revocation-proposals").then()
                .statusCode(200).body("results[0].status", equalTo("REJECTED"));
        Map<String, Object> gone = map("id", id.toString(), "version", 1, "deleted", true);
        as("township-clerk", BANQIAO).body(map("records", List.of(gone))).post(BASE + "/sync/revocation-proposals").then()
                .statusCode(200).body("results[0].status", equalTo("REJECTED"));
        JsonPath after = proposalView(id.toString());
        assertEquals("脱离监管超过一个月，经查找未果", after.getString("grounds"));
        assertEquals(1, after.getInt("version"));
        as("township-clerk", BANQIAO).queryParam("limit", 1000).get(BASE + "/sync/revocation-proposals/changes").then().statusCode(200)
                .body("changes.id", hasItem(id.toString()));
        as("township-clerk", CAIE).queryParam("limit", 1000).get(BASE + "/sync/revocation-proposals/changes").then().statusCode(200)
                .body("changes.id", org.hamcrest.Matchers.not(hasItem(id.toString())));
        // the subject's own sync deletion is refused while the proposal depends on it, and names it
        as("district-admin", DISTRICT).body(map("records", List.of(map("id", subject, "version", 1, "deleted", true))))
                .post(BASE + "/sync/subjects").then().statusCode(200).body("results[0].status", equalTo("REJECTED"))
                .body("results[0].errors[0].message", org.hamcrest.Matchers.containsString("提请撤销缓刑、假释或收监执行记录"));
    }

    @Test
    void theStatsCountProposalsSubmissionsAndDecisions() {
        Map<String, Number> before = stats(LUOSHI);
        String granted = subjectIn(LUOSHI, "PROBATION");
        JsonPath sent = submitted(LUOSHI, granted, proposal("REVOKE_PROBATION", "2021-10-11"));
        record("township-clerk", LUOSHI, sent.getString("id"), ruling("2021-11-02", "GRANTED", sent.getLong("version"))).statusCode(200);
        String denied = subjectIn(LUOSHI, "PAROLE");
        JsonPath sentToo = submitted(LUOSHI, denied, proposal("REVOKE_PAROLE", "2021-10-12"));
        record("township-clerk", LUOSHI, sentToo.getString("id"), ruling("2021-11-03", "DENIED", sentToo.getLong("version"))).statusCode(200);
        submitted(LUOSHI, denied, proposal("REVOKE_PAROLE", "2021-11-15"));
        String withdrawn = draft(LUOSHI, subjectIn(LUOSHI, "OUTSIDE_PRISON"), proposal("IMPRISON", "2021-10-13")).getString("approvalId");
        decide("township-clerk", LUOSHI, withdrawn, "REJECT").statusCode(200);
        draft(LUOSHI, subjectIn(LUOSHI, "PROBATION"), proposal("REVOKE_PROBATION", "2021-10-14"));
        // another township's proposal counts only there
        String elsewhere = subjectIn(CAIE, "PROBATION");
        draft(CAIE, elsewhere, proposal("REVOKE_PROBATION", "2021-10-14"));

        Map<String, Number> after = stats(LUOSHI);
        assertEquals(5, delta(after, before, "corrections.revocation.proposals"));
        assertEquals(3, delta(after, before, "corrections.revocation.submitted"));
        assertEquals(1, delta(after, before, "corrections.revocation.granted"));
        assertEquals(1, delta(after, before, "corrections.revocation.denied"));
        assertEquals(1, delta(after, before, "corrections.subjects.terminated.revoked"));
        assertEquals(2, delta(after, before, "corrections.revocation.decision.onTime"));
        List<String> names = as("district-admin", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().jsonPath()
                .getList("items.name");
        assertTrue(names.containsAll(List.of("corrections.revocation.proposals", "corrections.revocation.submitted",
                "corrections.revocation.granted", "corrections.revocation.denied")), names.toString());
    }
}
