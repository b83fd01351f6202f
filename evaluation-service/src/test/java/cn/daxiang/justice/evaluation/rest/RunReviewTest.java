package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import cn.daxiang.justice.evaluation.LineStubs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.PROBLEM;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.RUNS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review and lock of runs (issue 23): submit → approve (locked, exported), submit → return → submit again, the
 * transitions that are refused, who may decide, and the changes after approval that flag a run (a line's figure through
 * the mocked boundary, a manual figure edited). Months of 2016, which no other test evaluates.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class RunReviewTest {

    static final String APPROVALS = "/api/v1/evaluation/approvals";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void resetBreakersAndStubs() {
        LineStubs.reset();
    }

    static LocalDate first(int month) {
        return LocalDate.of(2016, month, 1);
    }

    static LocalDate last(int month) {
        return first(month).withDayOfMonth(first(month).lengthOfMonth());
    }

    /** The three lines answer for the unit and the month of 2016, mediation with {@code mediated} disputes. */
    static void stub(String orgUnit, int month, int mediated) {
        LineStubs.answerAll(orgUnit, first(month), last(month), Map.of("corrections.subjects.active", 10),
                Map.of("mediation.disputes.mediated", mediated, "mediation.disputes.succeeded", 15), Map.of("legalaid.cases.accepted", 3));
    }

    static String run(String orgUnit, int month) {
        stub(orgUnit, month, 20);
        JsonPath run = as("evaluator", DISTRICT).body(Map.of("orgUnit", orgUnit, "year", 2016, "month", month))
                .post(RUNS).then().statusCode(201).extract().jsonPath();
        assertEquals("COMPLETE", run.getString("status"));
        return run.getString("id");
    }

    static JsonPath submit(String runId, String reasons) {
        return as("evaluator", DISTRICT).body(Map.of("reasons", reasons)).post(RUNS + "/" + runId + "/submission")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath review(String runId) {
        return as("evaluator", DISTRICT).get(RUNS + "/" + runId + "/review").then().statusCode(200).extract().jsonPath();
    }

    /** The district admin decides the run's pending request. */
    static JsonPath decide(String runId, String outcome, String opinion) {
        JsonPath r = review(runId);
        return as("district-admin", DISTRICT).body(Map.of("outcome", outcome, "opinion", opinion, "version", r.getLong("approvalVersion")))
                .post(APPROVALS + "/" + r.getString("approvalId") + "/decisions").then().statusCode(200).extract().jsonPath();
    }

    /** Submitted by the evaluator and approved by the district admin: what an export needs. */
    static void approved(String runId) {
        submit(runId, "请审定");
        decide(runId, "APPROVE", "同意报送");
    }

    static void exportRefused(String runId, String why) {
        as("evaluator", DISTRICT).get(RUNS + "/" + runId + "/export").then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("与记录当前状态冲突")).body("detail", containsString(why));
    }

    @Test
    void aRunSubmittedAndApprovedByTheDistrictAdminIsLockedAndOnlyThenExported() {
        String runId = run(DISTRICT, 1);
        assertEquals("NOT_SUBMITTED", review(runId).getString("state"));
        exportRefused(runId, "尚未审定");

        JsonPath submitted = submit(runId, "2016年1月绩效评价结果，请审定");
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertFalse(submitted.getBoolean("locked"));
        exportRefused(runId, "尚未审定");
        // the request waits in the district admin's queue
        List<String> queue = as("district-admin", DISTRICT).queryParam("state", "PENDING").queryParam("awaitingMe", true)
                .queryParam("size", 200).get(APPROVALS).then().statusCode(200).extract().jsonPath().getList("items.recordId", String.class);
        assertTrue(queue.contains(runId), "the run is in the district admin's queue");

        decide(runId, "APPROVE", "同意报送");
        JsonPath approved = review(runId);
        assertEquals("APPROVED", approved.getString("state"));
        assertTrue(approved.getBoolean("locked"));
        assertFalse(approved.getBoolean("changedAfterApproval"));
        assertNotNull(approved.getString("approvedAt"));
        as("evaluator", DISTRICT).get(RUNS + "/" + runId + "/export").then().statusCode(200)
                .body("runId", equalTo(runId));
    }

    @Test
    void aReturnedRunCarriesTheReasonAndIsApprovedOnceSentAgain() {
        String runId = run(DISTRICT, 2);
        submit(runId, "2016年2月绩效评价结果，请审定");
        decide(runId, "RETURN", "请核实人民调解数据后重新提交");
        JsonPath returned = review(runId);
        assertEquals("RETURNED", returned.getString("state"));
        assertEquals("请核实人民调解数据后重新提交", returned.getString("returnedReason"));
        exportRefused(runId, "尚未审定");

        JsonPath again = submit(runId, "已核实人民调解数据，请审定");
        assertEquals("SUBMITTED", again.getString("state"));
        assertEquals(returned.getString("approvalId"), again.getString("approvalId"), "the same request, sent again");
        decide(runId, "APPROVE", "同意");
        assertEquals("APPROVED", review(runId).getString("state"));
        as("evaluator", DISTRICT).get(RUNS + "/" + runId + "/export").then().statusCode(200);
    }

    @Test
    void transitionsThatDoNotFollowTheReviewAreRefusedWithA409() {
        String runId = run(DISTRICT, 3);
        // a check before approval
        as("evaluator", DISTRICT).post(RUNS + "/" + runId + "/review/check").then().statusCode(409).contentType(PROBLEM);
        submit(runId, "请审定");
        // a pending run sent again
        as("evaluator", DISTRICT).body(Map.of("reasons", "再次提交")).post(RUNS + "/" + runId + "/submission")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("等待审批"));
        JsonPath pending = review(runId);
        decide(runId, "APPROVE", "同意");
        // an approved run sent again, and its decided request decided again
        as("evaluator", DISTRICT).body(Map.of("reasons", "再次提交")).post(RUNS + "/" + runId + "/submission")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("已审定"));
        as("district-admin", DISTRICT).body(Map.of("outcome", "RETURN", "opinion", "退回", "version", review(runId).getLong("approvalVersion")))
                .post(APPROVALS + "/" + pending.getString("approvalId") + "/decisions").then().statusCode(409).contentType(PROBLEM);
        assertEquals("APPROVED", review(runId).getString("state"));
    }

    @Test
    void aCitysRunCannotBeSubmittedForReviewSinceNoDistrictIsAboveItAndNothingIsStored() {
        String city = "430500000000";
        stub(city, 3, 20);
        String runId = as("evaluator", PROVINCE).body(Map.of("orgUnit", city, "year", 2016, "month", 3))
                .post(RUNS).then().statusCode(201).extract().jsonPath().getString("id");
        as("evaluator", PROVINCE).body(Map.of("reasons", "请审定")).post(RUNS + "/" + runId + "/submission")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("区（县）司法局审定"));
        assertEquals(0, Rows.count(dataSource, "SELECT count(*) FROM evaluation.run_review WHERE id = ?::uuid", runId));
    }

    @Test
    void aSubmissionWithoutReasonsIsRefusedAndNothingIsStored() {
        String runId = run(DISTRICT, 4);
        long before = Rows.count(dataSource, "SELECT count(*) FROM run_review");
        as("evaluator", DISTRICT).body(Map.of("reasons", " ")).post(RUNS + "/" + runId + "/submission")
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals(before, Rows.count(dataSource, "SELECT count(*) FROM run_review"));
        assertEquals("NOT_SUBMITTED", review(runId).getString("state"));
    }

    @Test
    void aTownshipClerkCanNeitherSubmitNorApproveItsOwnOfficesRun() {
        String runId = run(LUOSHI, 5);
        as("township-clerk", LUOSHI).body(Map.of("reasons", "请审定")).post(RUNS + "/" + runId + "/submission")
                .then().statusCode(403).contentType(PROBLEM);
        // nor does the district admin submit what it would then approve itself
        as("district-admin", DISTRICT).body(Map.of("reasons", "请审定")).post(RUNS + "/" + runId + "/submission")
                .then().statusCode(403).contentType(PROBLEM);
        submit(runId, "罗市镇2016年5月评价结果，请审定");
        JsonPath r = review(runId);
        // the clerk sees its office's request but the district decides it
        as("township-clerk", LUOSHI).body(Map.of("outcome", "APPROVE", "opinion", "同意", "version", r.getLong("approvalVersion")))
                .post(APPROVALS + "/" + r.getString("approvalId") + "/decisions").then().statusCode(403).contentType(PROBLEM);
        assertEquals("SUBMITTED", review(runId).getString("state"));
        // another office's clerk does not see the run at all
        as("township-clerk", "430503202000").get(RUNS + "/" + runId + "/review").then().statusCode(404);
    }

    @Test
    void aLinesFigureThatChangesAfterApprovalFlagsTheRunAndStopsItsExport() {
        String runId = run(DISTRICT, 6);
        submit(runId, "请审定");
        decide(runId, "APPROVE", "同意");
        JsonPath unchanged = as("evaluator", DISTRICT).post(RUNS + "/" + runId + "/review/check").then().statusCode(200).extract().jsonPath();
        assertFalse(unchanged.getBoolean("changedAfterApproval"), () -> unchanged.prettify());
        assertNotNull(unchanged.getString("checkedAt"));

        // a dispute of June 2016 recorded late: the mediation line now counts 25
        LineStubs.reset();
        stub(DISTRICT, 6, 25);
        JsonPath changed = as("evaluator", DISTRICT).post(RUNS + "/" + runId + "/review/check").then().statusCode(200).extract().jsonPath();
        assertTrue(changed.getBoolean("changedAfterApproval"));
        assertTrue(changed.getString("message").startsWith("数据已在审定后变更"), changed.getString("message"));
        List<Map<String, Object>> changes = changed.getList("lateChanges");
        assertTrue(changes.stream().anyMatch(c -> "LINE_FIGURE".equals(c.get("kind")) && "MEDIATION".equals(c.get("line"))
                && "mediation.disputes.mediated".equals(c.get("metric")) && "20".equals(c.get("frozen")) && "25".equals(c.get("current"))),
                () -> String.valueOf(changes));
        assertTrue(changes.stream().noneMatch(c -> "CORRECTIONS".equals(c.get("line"))), "the unchanged lines are not named");
        assertTrue(review(runId).getBoolean("changedAfterApproval"), "kept on the review");
        exportRefused(runId, "数据已在审定后变更");
    }

    @Test
    void spendingEnteredAfterTheYearsRunWasApprovedFlagsTheRunAndStopsItsExport() {
        LocalDate from = LocalDate.of(2017, 1, 1);
        LocalDate to = LocalDate.of(2017, 12, 31);
        LineStubs.answerAll(DISTRICT, from, to, Map.of("corrections.subjects.active", 10),
                Map.of("mediation.disputes.mediated", 20, "mediation.disputes.succeeded", 15), Map.of("legalaid.cases.accepted", 3));
        String runId = as("evaluator", DISTRICT).body(Map.of("orgUnit", DISTRICT, "year", 2017)).post(RUNS).then().statusCode(201)
                .extract().jsonPath().getString("id");
        approved(runId);
        assertFalse(review(runId).getBoolean("changedAfterApproval"));

        // the finance office's final accounts arrive after approval
        as("evaluator", DISTRICT).body(Map.of("year", 2017, "orgUnit", DISTRICT, "fund", "BASIC", "budgeted", 1200000,
                "spent", 1185000)).post("/api/v1/evaluation/spending").then().statusCode(201);
        JsonPath flagged = as("evaluator", DISTRICT).post(RUNS + "/" + runId + "/review/check").then().statusCode(200).extract().jsonPath();
        assertTrue(flagged.getBoolean("changedAfterApproval"));
        List<Map<String, Object>> changes = flagged.getList("lateChanges");
        assertTrue(changes.stream().anyMatch(c -> "SPENDING".equals(c.get("kind")) && "spending.basic".equals(c.get("metric"))
                && "1185000".equals(c.get("current"))), () -> String.valueOf(changes));
        exportRefused(runId, "数据已在审定后变更");
    }

    @Test
    void aManualFigureEditedAfterApprovalFlagsTheRun() {
        RunResourceTest.manualFigure(DISTRICT, first(7), last(7), "reconsideration.received", "4");
        String runId = run(DISTRICT, 7);
        submit(runId, "请审定");
        decide(runId, "APPROVE", "同意");
        assertFalse(review(runId).getBoolean("changedAfterApproval"));

        JsonPath figure = as("evaluator", DISTRICT).queryParam("orgUnit", DISTRICT).queryParam("metric", "reconsideration.received")
                .queryParam("from", first(7).toString()).queryParam("to", last(7).toString())
                .get("/api/v1/evaluation/manual-figures").then().statusCode(200).extract().jsonPath();
        as("evaluator", DISTRICT).body("""
                {"metric":"reconsideration.received","orgUnit":"%s","from":"%s","to":"%s","value":5,"version":%d}
                """.formatted(DISTRICT, first(7), last(7), figure.getLong("items[0].version")))
                .put("/api/v1/evaluation/manual-figures/" + figure.getString("items[0].id")).then().statusCode(200);

        JsonPath flagged = review(runId);
        assertTrue(flagged.getBoolean("changedAfterApproval"));
        assertEquals("MANUAL_FIGURE", flagged.getString("lateChanges[0].kind"));
        assertEquals("reconsideration.received", flagged.getString("lateChanges[0].metric"));
        assertEquals("5", flagged.getString("lateChanges[0].current"));
        assertTrue(flagged.getString("message").contains("数据已在审定后变更"));
        exportRefused(runId, "数据已在审定后变更");
    }
}
