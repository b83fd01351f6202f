package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.rest.AbscondingCaseTest.CASES;
import static cn.daxiang.justice.corrections.rest.AbscondingCaseTest.act;
import static cn.daxiang.justice.corrections.rest.AbscondingCaseTest.open;
import static cn.daxiang.justice.corrections.rest.AbscondingCaseTest.step;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.delta;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.stats;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.decide;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.leave;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.leaveView;
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
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the end of a correction (release, termination, a transfer out of the district) does to the subject's open
 * records: an open absconding case is closed as CORRECTION_ENDED (not found, its clock stopped), and the return from a
 * leave the subject is still away on is no longer due (stopped, not missed). Dates around the National Day holiday.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CorrectionEndTest {

    static final String ABSCONDING = "ABSCONDING_ONE_MONTH";

    @Inject
    AgroalDataSource dataSource;

    static JsonPath caseView(String id) {
        return as("district-admin", DISTRICT).get(CASES + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    static void end(String orgUnit, String subject, String action, String date, String reason) {
        long version = as("district-admin", DISTRICT).get(SUBJECTS + "/" + subject).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        as("township-clerk", orgUnit).body(map("date", date, "reason", reason, "note", "结束矫正", "version", version))
                .post(SUBJECTS + "/" + subject + "/" + action).then().statusCode(200);
    }

    @Test
    void anOpenAbscondingCaseIsClosedWhenTheCorrectionIsTerminatedAndIsNotCountedAsFound() {
        Map<String, Number> before = stats(CAIE);
        String subject = AbscondingCaseTest.newSubject(CAIE);
        String id = open(CAIE, subject, "2021-09-01");
        act(CAIE, id, "steps", step("2021-09-02", "PHONE", 1), 200);
        assertEquals("OVERDUE", item(caseView(id), ABSCONDING).get("state"));

        end(CAIE, subject, "terminate", "2021-09-20", "DEATH");

        JsonPath closed = caseView(id);
        assertEquals("CORRECTION_ENDED", closed.getString("status"));
        assertEquals("2021-09-20", closed.getString("endedOn"));
        assertTrue(closed.getString("endNote").contains("终止"), closed.getString("endNote"));
        assertNull(closed.get("escalation"));
        Map<String, Object> clock = item(closed, ABSCONDING);
        assertEquals("STOPPED", clock.get("state"), "neither met nor missed: the search ended with the correction");
        assertEquals("2021-09-20", clock.get("stoppedSince"));
        assertNull(clock.get("metOn"));
        assertNull(clock.get("dueOn"));
        assertEquals("CORRECTION_ENDED", auditActions(dataSource, "AbscondingCase", UUID.fromString(id)).get(2));
        as("township-clerk", CAIE).queryParam("state", "OVERDUE").queryParam("kind", ABSCONDING).queryParam("size", 200)
                .get(BASE + "/tasks").then().statusCode(200).body("items.recordId", not(hasItem(id)));
        // closed: no further step, found or escalation
        act(CAIE, id, "steps", step("2021-09-15", "PHONE", closed.getInt("version")), 409);
        act(CAIE, id, "found", map("foundOn", "2021-09-15", "how", "家属带回", "version", closed.getInt("version")), 409);

        Map<String, Number> after = stats(CAIE);
        assertEquals(0, delta(after, before, "corrections.absconding.found"));
        assertEquals(0, delta(after, before, "corrections.absconding.escalated"));
        assertEquals(0, delta(after, before, "corrections.absconding.oneMonth.due"), "a stopped item is not due");
        assertEquals(0, delta(after, before, "corrections.absconding.oneMonth.overdue"));
    }

    @Test
    void aCaseOpenWhenTheSubjectIsTransferredOutOfTheDistrictIsClosedOnTheDayOfTheTransfer() {
        UUID subject = ResidenceChangeTest.subjectIn(LUOSHI);
        String id = open(LUOSHI, subject.toString(), "2021-06-01");
        JsonPath change = ResidenceChangeTest.request(LUOSHI, subject, map("appliedOn", "2021-06-02", "newPlace", "湖南省长沙市岳麓区",
                "reason", "随子女迁居"));
        decide("township-clerk", LUOSHI, change.getString("approvalId"), "APPROVE").statusCode(200);
        decide("district-admin", DISTRICT, change.getString("approvalId"), "APPROVE").statusCode(200);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonPath closed = caseView(id);
        assertEquals("CORRECTION_ENDED", closed.getString("status"));
        assertEquals(today, closed.getString("endedOn"));
        assertTrue(closed.getString("endNote").contains("转出"), closed.getString("endNote"));
        // its month ran out on 2021-07-01, long before the transfer: the end does not rewrite a missed period
        Map<String, Object> clock = item(closed, ABSCONDING);
        assertEquals("OVERDUE", clock.get("state"));
        assertEquals("2021-07-01", clock.get("dueOn"));
    }

    @Test
    void theReturnFromALeaveTheSubjectIsStillAwayOnStopsWhenTheCorrectionEndsAndAReturnedLeaveStaysMet() {
        UUID subject = LeaveRequestTest.subjectIn(LUOSHI);
        JsonPath away = LeaveRequestTest.request(LUOSHI, subject, leave("2021-09-27", "2021-09-28", "2021-10-04"));
        decide("township-clerk", LUOSHI, away.getString("approvalId"), "APPROVE").statusCode(200);
        JsonPath back = LeaveRequestTest.request(LUOSHI, subject, leave("2021-08-01", "2021-08-02", "2021-08-04"));
        decide("township-clerk", LUOSHI, back.getString("approvalId"), "APPROVE").statusCode(200);
        as("township-clerk", LUOSHI).body(map("returnedOn", "2021-08-04", "version", leaveView(back.getString("id")).getLong("version")))
                .post(BASE + "/leave-requests/" + back.getString("id") + "/return").then().statusCode(200);
        assertEquals("OVERDUE", item(leaveView(away.getString("id")), "LEAVE_RETURN").get("state"));

        end(LUOSHI, subject.toString(), "release", "2021-10-02", "PARDON");

        JsonPath stopped = leaveView(away.getString("id"));
        assertEquals("APPROVED", stopped.getString("status"), "the leave itself is not written");
        Map<String, Object> clock = item(stopped, "LEAVE_RETURN");
        assertEquals("STOPPED", clock.get("state"));
        assertEquals("2021-10-02", clock.get("stoppedSince"));
        assertNull(clock.get("dueOn"), "no longer due: neither overdue nor counted due");
        as("township-clerk", LUOSHI).queryParam("kind", "LEAVE_RETURN").queryParam("state", "OVERDUE").queryParam("size", 200)
                .get(BASE + "/tasks").then().statusCode(200).body("items.recordId", not(hasItem(away.getString("id"))));
        as("township-clerk", LUOSHI).queryParam("kind", "LEAVE_RETURN").queryParam("state", "STOPPED").queryParam("size", 200)
                .get(BASE + "/tasks").then().statusCode(200).body("items.recordId", hasItem(away.getString("id")));
        assertClock(item(leaveView(back.getString("id")), "LEAVE_RETURN"), "2021-08-01", "2021-08-04", "批准的外出期限",
                "《中华人民共和国社区矫正法实施办法》第二十八条", "MET");
        assertEquals(List.of("CREATE", "APPROVE"), auditActions(dataSource, "LeaveRequest", UUID.fromString(away.getString("id"))));
    }

    /**
     * A 7-day leave of a new subject, approved by the office, due back on Thursday 2021-09-30 (before 国庆), the subject not
     * back when released on {@code releasedOn}: the leave's clock.
     */
    static Map<String, Object> leaveReturnWhenReleasedOn(String releasedOn, List<String> leaveId) {
        UUID subject = LeaveRequestTest.subjectIn(LUOSHI);
        JsonPath away = LeaveRequestTest.request(LUOSHI, subject, leave("2021-09-23", "2021-09-24", "2021-09-30"));
        decide("township-clerk", LUOSHI, away.getString("approvalId"), "APPROVE").statusCode(200);
        end(LUOSHI, subject.toString(), "release", releasedOn, "PARDON");
        leaveId.add(away.getString("id"));
        return item(leaveView(away.getString("id")), "LEAVE_RETURN");
    }

    @Test
    void aLeaveAlreadyOverdueWhenTheCorrectionEndsAfterNationalDayStaysOverdue() {
        List<String> id = new java.util.ArrayList<>();
        Map<String, Object> clock = leaveReturnWhenReleasedOn("2021-10-08", id);
        assertEquals("OVERDUE", clock.get("state"), "due back on 09-30, not back when the correction ended on 10-08");
        assertEquals("2021-09-30", clock.get("dueOn"));
        assertNull(clock.get("stoppedSince"));
        as("township-clerk", LUOSHI).queryParam("kind", "LEAVE_RETURN").queryParam("state", "OVERDUE").queryParam("size", 200)
                .get(BASE + "/tasks").then().statusCode(200).body("items.recordId", hasItem(id.get(0)));
    }

    @Test
    void aLeaveStillRunningWhenTheCorrectionEndsBeforeItsDueDateStops() {
        Map<String, Object> clock = leaveReturnWhenReleasedOn("2021-09-28", new java.util.ArrayList<>());
        assertEquals("STOPPED", clock.get("state"));
        assertEquals("2021-09-28", clock.get("stoppedSince"));
        assertNull(clock.get("dueOn"));
    }

    @Test
    void theEndOfTheCorrectionWithdrawsTheSubjectsOpenRequestsAudited() {
        UUID subject = LeaveRequestTest.subjectIn(CAIE);
        JsonPath pendingLeave = LeaveRequestTest.request(CAIE, subject, leave("2021-09-01", "2021-09-02", "2021-09-04"));
        JsonPath returnedLeave = LeaveRequestTest.request(CAIE, subject, leave("2021-09-10", "2021-09-11", "2021-09-12"));
        decide("township-clerk", CAIE, returnedLeave.getString("approvalId"), "RETURN").statusCode(200);
        JsonPath approvedLeave = LeaveRequestTest.request(CAIE, subject, leave("2021-08-01", "2021-08-02", "2021-08-03"));
        decide("township-clerk", CAIE, approvedLeave.getString("approvalId"), "APPROVE").statusCode(200);
        JsonPath change = ResidenceChangeTest.request(CAIE, subject, ResidenceChangeTest.within(LUOSHI));
        JsonPath proposal = RevocationProposalTest.draft(CAIE, subject.toString(),
                RevocationProposalTest.proposal("REVOKE_PROBATION", "2021-09-03"));

        end(CAIE, subject.toString(), "terminate", "2021-09-20", "DEATH");

        for (JsonPath open : List.of(pendingLeave, returnedLeave, change, proposal)) {
            JsonPath request = LeaveRequestTest.approval("district-admin", DISTRICT, open.getString("approvalId"));
            assertEquals("WITHDRAWN", request.getString("state"), open.getString("approvalId"));
            assertEquals("社区矫正已终止，申请自动撤回", request.getString("withdrawalReason"));
            assertEquals("township-clerk@" + CAIE, request.getString("withdrawnBy"), "withdrawn by the action that ended it");
            assertEquals("WITHDRAW", lastAudit("Approval", open.getString("approvalId")));
        }
        assertEquals("WITHDRAWN", leaveView(pendingLeave.getString("id")).getString("status"));
        assertEquals("WITHDRAWN", leaveView(returnedLeave.getString("id")).getString("status"));
        assertEquals(List.of("CREATE", "WITHDRAW"), auditActions(dataSource, "LeaveRequest", UUID.fromString(pendingLeave.getString("id"))));
        as("township-clerk", CAIE).get(BASE + "/residence-changes/" + change.getString("id")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertEquals("WITHDRAWN", RevocationProposalTest.proposalView(proposal.getString("id")).getString("status"));
        assertEquals("WITHDRAW", lastAudit("RevocationProposal", proposal.getString("id")));
        // a decided request keeps its decision, and nothing is left in the approvers' queues
        assertEquals("APPROVED", leaveView(approvedLeave.getString("id")).getString("status"));
        assertEquals("APPROVED", LeaveRequestTest.approval("district-admin", DISTRICT, approvedLeave.getString("approvalId")).getString("state"));
        List<String> queue = LeaveRequestTest.queue("township-clerk", CAIE);
        assertTrue(queue.stream().noneMatch(List.of(pendingLeave.getString("approvalId"), change.getString("approvalId"),
                proposal.getString("approvalId"))::contains));
    }

    String lastAudit(String type, String id) {
        List<String> actions = auditActions(dataSource, type, UUID.fromString(id));
        return actions.get(actions.size() - 1);
    }

    @Test
    void theElectronicLocationReviewStopsWhenTheCorrectionEndsBeforeItsDueDateAndStaysOverdueAfterIt() {
        String running = ElectronicLocationTest.newSubject(BANQIAO);
        // ends on Sunday 2021-10-03, in 国庆: due on 2021-10-08
        String stopped = ElectronicLocationTest.decide(BANQIAO, running,
                ElectronicLocationTest.decision("2021-09-01", "2021-09-01", "2021-10-03")).getString("id");
        String late = ElectronicLocationTest.newSubject(BANQIAO);
        // ends on Wednesday 2021-09-15: due that day
        String overdue = ElectronicLocationTest.decide(BANQIAO, late,
                ElectronicLocationTest.decision("2021-08-01", "2021-08-01", "2021-09-15")).getString("id");

        end(BANQIAO, running, "release", "2021-10-05", "PARDON");
        end(BANQIAO, late, "release", "2021-09-20", "PARDON");

        Map<String, Object> clock = item(ElectronicLocationTest.get(BANQIAO, stopped), ElectronicLocationTest.KIND);
        assertEquals("STOPPED", clock.get("state"));
        assertEquals("2021-10-05", clock.get("stoppedSince"));
        assertNull(clock.get("dueOn"));
        as("township-clerk", BANQIAO).queryParam("kind", ElectronicLocationTest.KIND).queryParam("state", "OVERDUE").queryParam("size", 200)
                .get(BASE + "/tasks").then().statusCode(200).body("items.recordId", not(hasItem(stopped)))
                .body("items.recordId", hasItem(overdue));
        Map<String, Object> missed = item(ElectronicLocationTest.get(BANQIAO, overdue), ElectronicLocationTest.KIND);
        assertEquals("OVERDUE", missed.get("state"));
        assertEquals("2021-09-15", missed.get("dueOn"));
    }
}
