package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
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
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.approval;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.decide;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Changes of the place of execution (变更执行地) through the kit's approvals: the office's opinion, the district's
 * decision; within the district the subject and its file move, out of it the correction ends here and the file goes.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ResidenceChangeTest {

    static final String CHANGES = BASE + "/residence-changes";
    static final String HANDOVER = "RESIDENCE_CHANGE_HANDOVER";
    static final String HANDOVER_BASIS = "《中华人民共和国社区矫正法实施办法》第三十一条（条文序号待核）";

    @Inject
    AgroalDataSource dataSource;

    static UUID subjectIn(String orgUnit) {
        UUID id = UUID.randomUUID();
        post(SUBJECTS, orgUnit, subject(id, orgUnit, "PROBATION", LocalDate.parse("2021-03-01"), "NORMAL"));
        return id;
    }

    static Map<String, Object> within(String newOrgUnit) {
        return map("appliedOn", "2021-05-06", "newOrgUnit", newOrgUnit, "reason", "在新居住地购房定居");
    }

    static JsonPath request(String orgUnit, UUID subject, Map<String, Object> body) {
        return post(SUBJECTS + "/" + subject + "/residence-changes", orgUnit, body);
    }

    static JsonPath subjectView(UUID id) {
        return as("district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aChangeWithinTheDistrictMovesTheSubjectAndItsFileOnTheDistrictsApproval() {
        UUID subject = subjectIn(LUOSHI);
        String visit = as("township-clerk", LUOSHI).body(map("kind", "HOME_VISIT", "occurredOn", "2021-04-02", "conductedBy", "李明",
                "result", "情况正常")).post(SUBJECTS + "/" + subject + "/supervision-records").then().statusCode(201).extract().path("id");
        JsonPath change = request(LUOSHI, subject, within(BANQIAO));
        String approvalId = change.getString("approvalId");
        assertEquals(List.of(LUOSHI, DISTRICT), approval("district-admin", DISTRICT, approvalId).getList("route.orgUnit"));

        decide("township-clerk", LUOSHI, approvalId, "APPROVE").statusCode(200).body("state", equalTo("PENDING"));
        assertEquals(LUOSHI, subjectView(subject).getString("orgUnit"), "the office's opinion moves nothing");
        decide("district-admin", DISTRICT, approvalId, "APPROVE").statusCode(200).body("state", equalTo("APPROVED"))
                .body("orgUnit", equalTo(BANQIAO));

        JsonPath moved = subjectView(subject);
        assertEquals(BANQIAO, moved.getString("orgUnit"));
        assertEquals("IN_CORRECTION", moved.getString("status"));
        as("township-clerk", BANQIAO).get(CHANGES + "/" + change.getString("id")).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", BANQIAO).get(BASE + "/supervision-records/" + visit).then().statusCode(200);
        as("township-clerk", LUOSHI).get(SUBJECTS + "/" + subject).then().statusCode(404);
        as("township-clerk", LUOSHI).get(BASE + "/supervision-records/" + visit).then().statusCode(404);
        // the file lists the records that came along, by date, each at its own address
        JsonPath file = as("township-clerk", BANQIAO).get(SUBJECTS + "/" + subject + "/file").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("监督管理记录", "变更执行地"), file.getList("records.kind"));
        assertEquals(List.of("2021-04-02", "2021-05-06"), file.getList("records.on"));
        assertEquals(BASE + "/residence-changes/" + change.getString("id"), file.getString("records[1].record"));
        assertEquals(List.of("CREATE", "TRANSFER", "MOVED_OUT"), auditActions(dataSource, "Subject", subject),
                "the move, and the old office's removal row for its feed");
    }

    @Test
    void aChangeOutOfTheDistrictEndsTheCorrectionHereAndTheFileIsHandedOverOnce() {
        Map<String, Number> before = stats(CAIE);
        UUID subject = subjectIn(CAIE);
        JsonPath change = request(CAIE, subject, map("appliedOn", "2021-06-01", "newPlace", "湖南省长沙市岳麓区", "reason", "随子女迁居"));
        String id = change.getString("id");
        as("township-clerk", CAIE).body(map("handedOverOn", "2021-06-10", "version", 1)).post(CHANGES + "/" + id + "/handover")
                .then().statusCode(409);
        decide("township-clerk", CAIE, change.getString("approvalId"), "APPROVE").statusCode(200);
        decide("district-admin", DISTRICT, change.getString("approvalId"), "APPROVE").statusCode(200);

        JsonPath ended = subjectView(subject);
        assertEquals("TRANSFERRED", ended.getString("status"));
        assertNotNull(ended.getString("endedOn"));
        assertNull(item(ended, "SUBJECT_RELEASE"), "the release is the new place's now");
        JsonPath approved = as("township-clerk", CAIE).get(CHANGES + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("APPROVED", approved.getString("status"));
        as("township-clerk", CAIE).body(map("handedOverOn", "2021-06-10", "version", approved.getLong("version")))
                .post(CHANGES + "/" + id + "/handover").then().statusCode(400).body("errors.field", hasItem("handedOverOn"));
        String today = approved.getString("decidedOn");
        as("township-clerk", CAIE).body(map("handedOverOn", today, "version", approved.getLong("version")))
                .post(CHANGES + "/" + id + "/handover").then().statusCode(200).body("handedOverOn", equalTo(today));
        as("township-clerk", CAIE).body(map("handedOverOn", today, "version", approved.getLong("version") + 1))
                .post(CHANGES + "/" + id + "/handover").then().statusCode(409);
        // an ended correction takes no further change, and no other action
        as("township-clerk", CAIE).body(within(BANQIAO)).post(SUBJECTS + "/" + subject + "/residence-changes").then().statusCode(409);

        Map<String, Number> after = stats(CAIE);
        assertEquals(1, delta(after, before, "corrections.residenceChanges.requests"));
        assertEquals(1, delta(after, before, "corrections.residenceChanges.approved"));
        assertEquals(1, delta(after, before, "corrections.residenceChanges.outOfDistrict"));
    }

    @Test
    void theFileIsDueAtTheNewPlaceFiveDaysAfterTheDecisionCountedOverTheHolidayAndTheSubjectEndsToday() throws Exception {
        UUID subject = subjectIn(LUOSHI);
        JsonPath change = request(LUOSHI, subject, map("appliedOn", "2021-09-01", "newPlace", "湖南省长沙市岳麓区", "reason", "随子女迁居"));
        String id = change.getString("id");
        decide("township-clerk", LUOSHI, change.getString("approvalId"), "APPROVE").statusCode(200);
        JsonPath decided = decide("district-admin", DISTRICT, change.getString("approvalId"), "APPROVE").statusCode(200).extract().jsonPath();

        // the decision's date is the approval's, in Asia/Shanghai; the subject ends here today
        String decisionDay = LocalDate.ofInstant(java.time.Instant.parse(decided.getString("decidedAt")), ZoneId.of("Asia/Shanghai")).toString();
        JsonPath approved = as("township-clerk", LUOSHI).get(CHANGES + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(decisionDay, approved.getString("decidedOn"));
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), subjectView(subject).getString("endedOn"));
        Map<String, Object> open = item(approved, HANDOVER);
        assertEquals(decisionDay, open.get("startsOn"));
        assertEquals("5日", open.get("period"));

        // decided on 2021-09-29: the fifth day (10-04) is in the National Day holiday, so the file is due on 10-08
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE corrections.residence_change SET decided_on = DATE '2021-09-29' WHERE id = '" + id + "'");
        }
        JsonPath handed = as("township-clerk", LUOSHI).body(map("handedOverOn", "2021-10-08", "version", approved.getLong("version")))
                .post(CHANGES + "/" + id + "/handover").then().statusCode(200).extract().jsonPath();
        assertClock(item(handed, HANDOVER), "2021-09-29", "2021-10-08", "5日", HANDOVER_BASIS, "MET");
    }

    @Test
    void aRejectedChangeMovesNothingAndOnlyOneRequestIsOpenAtATime() {
        UUID subject = subjectIn(BANQIAO);
        String approvalId = request(BANQIAO, subject, within(CAIE)).getString("approvalId");
        as("township-clerk", BANQIAO).body(within(LUOSHI)).post(SUBJECTS + "/" + subject + "/residence-changes").then().statusCode(409);
        decide("township-clerk", BANQIAO, approvalId, "APPROVE").statusCode(200);
        JsonPath rejected = decide("district-admin", DISTRICT, approvalId, "REJECT").statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", rejected.getString("state"));
        assertEquals(BANQIAO, subjectView(subject).getString("orgUnit"));
        as("township-clerk", BANQIAO).get(CHANGES + "/" + rejected.getString("recordId")).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        request(BANQIAO, subject, within(CAIE));
    }

    @Test
    void aBadTargetOrDateIsRefusedAndNothingIsStored() {
        UUID subject = subjectIn(LUOSHI);
        String path = SUBJECTS + "/" + subject + "/residence-changes";
        as("township-clerk", LUOSHI).body(map("appliedOn", "2021-05-06", "reason", "迁居")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("newOrgUnit"));
        as("township-clerk", LUOSHI).body(map("appliedOn", "2021-05-06", "newOrgUnit", BANQIAO, "newPlace", "长沙市", "reason", "迁居"))
                .post(path).then().statusCode(400).body("errors.field", hasItem("newOrgUnit"));
        as("township-clerk", LUOSHI).body(within(LUOSHI)).post(path).then().statusCode(400).body("errors.field", hasItem("newOrgUnit"));
        as("township-clerk", LUOSHI).body(within(DISTRICT)).post(path).then().statusCode(400).body("errors.field", hasItem("newOrgUnit"));
        as("township-clerk", LUOSHI).body(within("999999999999")).post(path).then().statusCode(400);
        as("township-clerk", LUOSHI).body(map("appliedOn", "2021-02-01", "newOrgUnit", BANQIAO, "reason", "迁居")).post(path)
                .then().statusCode(400).body("errors.field", hasItem("appliedOn"));
        as("township-clerk", CAIE).body(within(BANQIAO)).post(path).then().statusCode(404);
        as("provincial-reader", DISTRICT).body(within(BANQIAO)).post(path).then().statusCode(403);
        as("township-clerk", LUOSHI).get(path).then().statusCode(200).body("items", hasSize(0));
    }
}
