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
        assertEquals("STOPPED", item(closed, ABSCONDING).get("state"));
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
}
