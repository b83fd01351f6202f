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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.delta;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.post;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.stats;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.assertClock;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.item;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leave requests (请假外出) through the kit's approvals: up to 7 days the township office decides, longer the office
 * reviews and the district bureau decides; the decision takes effect on the leave in the same transaction; the return
 * (销假) is due on the leave's last day.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LeaveRequestTest {

    @Inject
    AgroalDataSource dataSource;

    static final String APPROVALS = BASE + "/approvals";
    static final String LEAVES = BASE + "/leave-requests";

    static UUID subjectIn(String orgUnit) {
        UUID id = UUID.randomUUID();
        post(SUBJECTS, orgUnit, subject(id, orgUnit, "PROBATION", LocalDate.parse("2021-03-01"), "NORMAL"));
        return id;
    }

    static Map<String, Object> leave(String appliedOn, String from, String until) {
        return map("appliedOn", appliedOn, "leaveFrom", from, "leaveUntil", until, "destination", "广东省深圳市",
                "reason", "探望住院的父亲", "attachments", List.of(map("title", "医院诊断证明", "ref", "卷宗第3页")));
    }

    static JsonPath request(String orgUnit, UUID subject, Map<String, Object> body) {
        return post(SUBJECTS + "/" + subject + "/leave-requests", orgUnit, body);
    }

    static JsonPath approval(String role, String orgUnit, String id) {
        return as(role, orgUnit).get(APPROVALS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse decide(String role, String orgUnit, String approvalId, String outcome) {
        long version = approval("district-admin", DISTRICT, approvalId).getLong("version");
        return as(role, orgUnit).body(map("outcome", outcome, "opinion", "审批意见：" + outcome, "version", version))
                .post(APPROVALS + "/" + approvalId + "/decisions").then();
    }

    static JsonPath leaveView(String id) {
        return as("district-admin", DISTRICT).get(LEAVES + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    static List<String> queue(String role, String orgUnit) {
        return as(role, orgUnit).queryParam("state", "PENDING").queryParam("awaitingMe", true).queryParam("size", 200)
                .get(APPROVALS).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aLeaveOfUpToSevenDaysIsDecidedByTheTownshipOfficeAndTakesEffectOnApproval() {
        UUID subject = subjectIn(LUOSHI);
        JsonPath created = request(LUOSHI, subject, leave("2021-09-27", "2021-09-28", "2021-10-04"));
        assertEquals("REQUESTED", created.getString("status"));
        assertEquals(7, created.getInt("days"));
        assertNull(item(created, "LEAVE_RETURN"), "no return is due before approval");
        String approvalId = created.getString("approvalId");

        JsonPath pending = approval("township-clerk", LUOSHI, approvalId);
        assertEquals("PENDING", pending.getString("state"));
        assertEquals(List.of(LUOSHI), pending.getList("route.orgUnit"));
        assertEquals("township-clerk", pending.getString("awaitingRole"));
        assertEquals("请假外出审批", pending.getString("name"));
        assertEquals("医院诊断证明", pending.getString("attachments[0].title"));
        assertEquals(LEAVES + "/" + created.getString("id"), pending.getString("record"));
        assertTrue(queue("township-clerk", LUOSHI).contains(approvalId));
        assertFalse(queue("district-admin", DISTRICT).contains(approvalId), "the district does not decide a 7-day leave");

        as("township-clerk", CAIE).get(APPROVALS + "/" + approvalId).then().statusCode(404);
        decide("district-admin", DISTRICT, approvalId, "APPROVE").statusCode(403);
        decide("township-clerk", CAIE, approvalId, "APPROVE").statusCode(404);
        assertEquals("REQUESTED", leaveView(created.getString("id")).getString("status"), "nothing took effect");

        JsonPath approved = decide("township-clerk", LUOSHI, approvalId, "APPROVE").statusCode(200).extract().jsonPath();
        assertEquals("APPROVED", approved.getString("state"));
        assertEquals(1, approved.getList("decisions").size());
        assertEquals(LUOSHI, approved.getString("decisions[0].deciderOrgUnit"));
        JsonPath leave = leaveView(created.getString("id"));
        assertEquals("APPROVED", leave.getString("status"));
        // the return is due on the approved last day, even inside the National Day holiday (a decision, not a counted period)
        assertClock(item(leave, "LEAVE_RETURN"), "2021-09-27", "2021-10-04", "批准的外出期限",
                "《中华人民共和国社区矫正法实施办法》第二十八条", "OVERDUE");
        decide("township-clerk", LUOSHI, approvalId, "REJECT").statusCode(409);
    }

    @Test
    void aRequestBeforeAnApprovedLaterLeaveCountsThatOneInItsTwoMonths() {
        UUID subject = subjectIn(LUOSHI);
        String later = request(LUOSHI, subject, leave("2021-07-20", "2021-08-01", "2021-08-07")).getString("approvalId");
        decide("township-clerk", LUOSHI, later, "APPROVE").statusCode(200).body("state", equalTo("APPROVED"));
        String path = SUBJECTS + "/" + subject + "/leave-requests";
        // 25 days in July and the 7 approved in August: 32 days within 2021-07-01..08-31
        as("township-clerk", LUOSHI).body(leave("2021-06-25", "2021-07-01", "2021-07-25")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("leaveUntil")).body("errors.message", hasItem(org.hamcrest.Matchers.containsString("共32日")));
        as("township-clerk", LUOSHI).get(path).then().statusCode(200).body("items", hasSize(1));
        // 20 days in June: no two months hold more than 20 + 0 (the window 06-02..08-01 holds 19 + 1)
        request(LUOSHI, subject, leave("2021-05-25", "2021-06-01", "2021-06-20"));
    }

    @Test
    void aLongerLeaveIsReviewedByTheOfficeThenDecidedByTheDistrictAndARejectionIsFinal() {
        UUID subject = subjectIn(BANQIAO);
        String approved = request(BANQIAO, subject, leave("2021-05-06", "2021-05-10", "2021-05-24")).getString("approvalId");
        assertEquals(List.of(BANQIAO, DISTRICT), approval("district-admin", DISTRICT, approved).getList("route.orgUnit"));
        decide("district-admin", DISTRICT, approved, "APPROVE").statusCode(403);
        JsonPath reviewed = decide("township-clerk", BANQIAO, approved, "APPROVE").statusCode(200).extract().jsonPath();
        assertEquals("PENDING", reviewed.getString("state"));
        assertEquals(1, reviewed.getInt("step"));
        assertEquals(DISTRICT, reviewed.getString("awaitingOrgUnit"));
        assertEquals("REQUESTED", leaveView(reviewed.getString("recordId")).getString("status"), "the office's review is not the decision");
        assertTrue(queue("district-admin", DISTRICT).contains(approved));
        assertFalse(queue("township-clerk", BANQIAO).contains(approved));
        decide("district-admin", DISTRICT, approved, "APPROVE").statusCode(200).body("state", equalTo("APPROVED"));
        assertEquals("APPROVED", leaveView(reviewed.getString("recordId")).getString("status"));
        assertEquals(List.of("CREATE", "APPROVE", "APPROVE"), auditActions(dataSource, "Approval", UUID.fromString(approved)));
        assertEquals(List.of("CREATE", "APPROVE"), auditActions(dataSource, "LeaveRequest", UUID.fromString(reviewed.getString("recordId"))),
                "the leave changed once, on the last approval, in the same transaction");

        String rejected = request(BANQIAO, subject, leave("2021-06-01", "2021-06-07", "2021-06-20")).getString("approvalId");
        decide("township-clerk", BANQIAO, rejected, "APPROVE").statusCode(200);
        JsonPath refusal = decide("district-admin", DISTRICT, rejected, "REJECT").statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", refusal.getString("state"));
        assertEquals(List.of("APPROVE", "REJECT"), refusal.getList("decisions.outcome"));
        assertEquals("REJECTED", leaveView(refusal.getString("recordId")).getString("status"));
        assertNull(item(leaveView(refusal.getString("recordId")), "LEAVE_RETURN"));
        decide("district-admin", DISTRICT, rejected, "APPROVE").statusCode(409);
        as("township-clerk", BANQIAO).body(map("reasons", "补充", "version", refusal.getLong("version")))
                .post(APPROVALS + "/" + rejected + "/resubmit").then().statusCode(409);
    }

    @Test
    void aReturnedRequestIsCompletedAndResubmittedFromTheFirstStep() {
        UUID subject = subjectIn(CAIE);
        String id = request(CAIE, subject, leave("2021-07-01", "2021-07-05", "2021-07-16")).getString("approvalId");
        decide("township-clerk", CAIE, id, "APPROVE").statusCode(200);
        JsonPath returned = decide("district-admin", DISTRICT, id, "RETURN").statusCode(200).extract().jsonPath();
        assertEquals("RETURNED", returned.getString("state"));
        assertNull(returned.get("awaitingOrgUnit"));
        assertFalse(queue("district-admin", DISTRICT).contains(id));
        decide("township-clerk", CAIE, id, "APPROVE").statusCode(409);

        as("township-clerk", CAIE).body(map("reasons", "探望住院的父亲，补充住院证明", "attachments",
                        List.of(map("title", "住院证明", "ref", "卷宗第5页")), "version", returned.getLong("version") - 1))
                .post(APPROVALS + "/" + id + "/resubmit").then().statusCode(412);
        JsonPath again = as("township-clerk", CAIE).body(map("reasons", "探望住院的父亲，补充住院证明", "attachments",
                        List.of(map("title", "住院证明", "ref", "卷宗第5页")), "version", returned.getLong("version")))
                .post(APPROVALS + "/" + id + "/resubmit").then().statusCode(200).extract().jsonPath();
        assertEquals("PENDING", again.getString("state"));
        assertEquals(0, again.getInt("step"));
        assertEquals(2, again.getInt("round"));
        assertEquals("住院证明", again.getString("attachments[0].title"));
        assertEquals(List.of(1, 1), again.getList("decisions.round"), "the first round's decisions stay on the request");
        decide("township-clerk", CAIE, id, "APPROVE").statusCode(200);
        decide("district-admin", DISTRICT, id, "APPROVE").statusCode(200).body("state", equalTo("APPROVED"));
    }

    @Test
    void aTransferredSubjectTakesItsLeaveAndItsPendingApprovalToTheNewOffice() {
        UUID subject = UUID.randomUUID();
        Map<String, Object> body = subject(subject, LUOSHI, "PROBATION", LocalDate.parse("2021-03-01"), "NORMAL");
        post(SUBJECTS, LUOSHI, body);
        JsonPath leave = request(LUOSHI, subject, leave("2021-06-01", "2021-06-02", "2021-06-04"));
        String approvalId = leave.getString("approvalId");
        Map<String, Object> moved = new java.util.LinkedHashMap<>(body);
        moved.put("orgUnit", CAIE);
        moved.put("version", 1);
        as("district-admin", DISTRICT).body(moved).put(SUBJECTS + "/" + subject).then().statusCode(200);

        as("township-clerk", LUOSHI).get(LEAVES + "/" + leave.getString("id")).then().statusCode(404);
        as("township-clerk", LUOSHI).get(APPROVALS + "/" + approvalId).then().statusCode(404);
        assertFalse(queue("township-clerk", LUOSHI).contains(approvalId), "the old office no longer decides it");
        JsonPath pending = approval("township-clerk", CAIE, approvalId);
        assertEquals(CAIE, pending.getString("orgUnit"));
        assertEquals(List.of(CAIE), pending.getList("route.orgUnit"), "the route is taken again at the new office");
        assertTrue(queue("township-clerk", CAIE).contains(approvalId));
        decide("township-clerk", CAIE, approvalId, "APPROVE").statusCode(200).body("state", equalTo("APPROVED"));
        assertEquals(CAIE, leaveView(leave.getString("id")).getString("orgUnit"));
    }

    @Test
    void badDatesAreRefusedAndNothingIsStored() {
        UUID subject = subjectIn(LUOSHI);
        String path = SUBJECTS + "/" + subject + "/leave-requests";
        as("township-clerk", LUOSHI).body(leave("2021-05-06", "2021-05-05", "2021-05-07")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("leaveFrom"));
        as("township-clerk", LUOSHI).body(leave("2021-05-06", "2021-05-10", "2021-05-08")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("leaveUntil"));
        as("township-clerk", LUOSHI).body(leave("2021-05-06", "2021-05-10", "2021-06-09")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("leaveUntil"));
        as("township-clerk", LUOSHI).body(leave("2021-02-01", "2021-02-02", "2021-02-03")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("appliedOn"));
        as("township-clerk", LUOSHI).body(leave("2099-02-01", "2099-02-02", "2099-02-03")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("appliedOn"));
        as("township-clerk", LUOSHI).body(map("appliedOn", "2021-05-06")).post(path).then().statusCode(400);
        as("township-clerk", CAIE).body(leave("2021-05-06", "2021-05-10", "2021-05-12")).post(path).then().statusCode(404);
        as("township-clerk", LUOSHI).get(path).then().statusCode(200).body("items", hasSize(0));

        // thirty days is the most one approval gives; a second leave over the same days is refused
        request(LUOSHI, subject, leave("2021-05-06", "2021-05-10", "2021-06-08"));
        as("township-clerk", LUOSHI).body(leave("2021-05-20", "2021-06-01", "2021-06-03")).post(path).then().statusCode(409);
        as("township-clerk", LUOSHI).get(path).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void moreThanThirtyDaysWithinTwoMonthsIsRefusedAndAnEarlyReturnFreesTheDaysLeft() {
        UUID subject = subjectIn(CAIE);
        String path = SUBJECTS + "/" + subject + "/leave-requests";
        JsonPath first = request(CAIE, subject, leave("2021-06-28", "2021-07-01", "2021-07-20"));
        // 15 more days by 08-15: the two months from 06-16 hold 20 + 15 = 35
        as("township-clerk", CAIE).body(leave("2021-07-25", "2021-08-01", "2021-08-15")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("leaveUntil"));
        // 10 more: 30, the most
        request(CAIE, subject, leave("2021-07-25", "2021-08-01", "2021-08-10"));
        decide("township-clerk", CAIE, first.getString("approvalId"), "APPROVE").statusCode(200);
        decide("district-admin", DISTRICT, first.getString("approvalId"), "APPROVE").statusCode(200);
        // back on 07-05: the first leave held 5 days, so its last days are free again and 15 more fit
        as("township-clerk", CAIE).body(map("returnedOn", "2021-07-05", "version", leaveView(first.getString("id")).getLong("version")))
                .post(LEAVES + "/" + first.getString("id") + "/return").then().statusCode(200);
        request(CAIE, subject, leave("2021-07-06", "2021-07-10", "2021-07-24"));
        as("township-clerk", CAIE).get(path).then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void theReturnClosesAnApprovedLeaveOnTimeOrLateAndTheStatsCountIt() {
        Map<String, Number> before = stats(LUOSHI);
        UUID subject = subjectIn(LUOSHI);
        JsonPath onTime = request(LUOSHI, subject, leave("2021-08-02", "2021-08-03", "2021-08-05"));
        String onTimeId = onTime.getString("id");
        as("township-clerk", LUOSHI).body(map("returnedOn", "2021-08-05", "version", 1)).post(LEAVES + "/" + onTimeId + "/return")
                .then().statusCode(409);
        decide("township-clerk", LUOSHI, onTime.getString("approvalId"), "APPROVE").statusCode(200);
        long version = leaveView(onTimeId).getLong("version");
        as("township-clerk", LUOSHI).body(map("returnedOn", "2021-08-02", "version", version)).post(LEAVES + "/" + onTimeId + "/return")
                .then().statusCode(400).body("errors.field", hasItem("returnedOn"));
        JsonPath back = as("township-clerk", LUOSHI).body(map("returnedOn", "2021-08-05", "version", version))
                .post(LEAVES + "/" + onTimeId + "/return").then().statusCode(200).extract().jsonPath();
        assertEquals("BACK", back.getString("status"));
        assertEquals("MET", item(back, "LEAVE_RETURN").get("state"));

        JsonPath late = request(LUOSHI, subject, leave("2021-09-01", "2021-09-20", "2021-10-01"));
        decide("township-clerk", LUOSHI, late.getString("approvalId"), "APPROVE").statusCode(200);
        decide("district-admin", DISTRICT, late.getString("approvalId"), "APPROVE").statusCode(200);
        JsonPath lateBack = as("township-clerk", LUOSHI).body(map("returnedOn", "2021-10-08", "version", leaveView(late.getString("id")).getLong("version")))
                .post(LEAVES + "/" + late.getString("id") + "/return").then().statusCode(200).extract().jsonPath();
        assertEquals("MISSED", item(lateBack, "LEAVE_RETURN").get("state"));
        String rejected = request(LUOSHI, subject, leave("2021-11-01", "2021-11-02", "2021-11-03")).getString("approvalId");
        decide("township-clerk", LUOSHI, rejected, "REJECT").statusCode(200);

        Map<String, Number> after = stats(LUOSHI);
        assertEquals(3, delta(after, before, "corrections.leave.requests"));
        assertEquals(2, delta(after, before, "corrections.leave.approved"));
        assertEquals(1, delta(after, before, "corrections.leave.rejected"));
        assertEquals(1, delta(after, before, "corrections.leave.overSevenDays"));
        assertEquals(1, delta(after, before, "corrections.leave.return.onTime"));
        assertEquals(1, delta(after, before, "corrections.leave.return.late"));
    }

    @Test
    void aLeaveUploadedBySyncOpensItsApprovalAndIsNeitherChangedNorDeleted() {
        UUID subject = subjectIn(BANQIAO);
        UUID id = UUID.randomUUID();
        Map<String, Object> body = leave("2021-04-01", "2021-04-02", "2021-04-04");
        body.put("id", id.toString());
        body.put("subjectId", subject.toString());
        Map<String, Object> batch = map("records", List.of(body));
        as("township-clerk", BANQIAO).body(batch).post(BASE + "/sync/leave-requests").then().statusCode(200)
                .body("results[0].status", equalTo("CREATED"));
        as("township-clerk", BANQIAO).body(batch).post(BASE + "/sync/leave-requests").then().statusCode(200)
                .body("results[0].status", equalTo("UNCHANGED"));
        String approvalId = leaveView(id.toString()).getString("approvalId");
        assertEquals("PENDING", approval("township-clerk", BANQIAO, approvalId).getString("state"));
        Map<String, Object> gone = map("id", id.toString(), "version", 1, "deleted", true);
        as("township-clerk", BANQIAO).body(map("records", List.of(gone))).post(BASE + "/sync/leave-requests").then().statusCode(200)
                .body("results[0].status", equalTo("REJECTED"));
        assertEquals("REQUESTED", leaveView(id.toString()).getString("status"));

        // the approval is in its own change feed, decided or not; it cannot be uploaded
        decide("township-clerk", BANQIAO, approvalId, "APPROVE").statusCode(200);
        List<Map<String, Object>> changes = as("township-clerk", BANQIAO).queryParam("limit", 1000).get(BASE + "/sync/approvals/changes")
                .then().statusCode(200).extract().jsonPath().getList("changes");
        assertTrue(changes.stream().anyMatch(c -> approvalId.equals(c.get("id"))
                && "APPROVED".equals(((Map<?, ?>) c.get("record")).get("state"))), "the feed carries the decision");
        as("township-clerk", CAIE).queryParam("limit", 1000).get(BASE + "/sync/approvals/changes").then().statusCode(200)
                .body("changes.id", org.hamcrest.Matchers.not(hasItem(approvalId)));
        as("township-clerk", BANQIAO).body(map("records", List.of(map("id", approvalId, "version", 2))))
                .post(BASE + "/sync/approvals").then().statusCode(200).body("results[0].status", equalTo("REJECTED"));
    }
}
