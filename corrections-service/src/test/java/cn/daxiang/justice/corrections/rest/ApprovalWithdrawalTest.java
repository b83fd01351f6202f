package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.APPROVALS;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.approval;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.decide;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.leave;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.leaveView;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.queue;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.request;
import static cn.daxiang.justice.corrections.rest.LeaveRequestTest.subjectIn;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.item;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pending request withdrawn (撤回) by its requester or a district admin (kit approvals): the leave request, the change of
 * the place of execution or the revocation proposal goes to WITHDRAWN in the same transaction, audited and in the feed;
 * a returned or decided request, or another clerk, is refused.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ApprovalWithdrawalTest {

    @Inject
    AgroalDataSource dataSource;

    static ValidatableResponse withdraw(RequestSpecification caller, String approvalId) {
        long version = approval("district-admin", DISTRICT, approvalId).getLong("version");
        return caller.body(map("reason", "对象不再外出", "version", version)).post(APPROVALS + "/" + approvalId + "/withdrawal").then();
    }

    @Test
    void theRequesterWithdrawsAPendingLeaveRequestWhichHoldsNoDaysAfterwards() {
        UUID subject = subjectIn(LUOSHI);
        JsonPath created = request(LUOSHI, subject, leave("2021-08-02", "2021-08-03", "2021-08-30"));
        String approvalId = created.getString("approvalId");
        decide("township-clerk", LUOSHI, approvalId, "APPROVE").statusCode(200).body("state", equalTo("PENDING"));

        JsonPath withdrawn = withdraw(as("township-clerk", LUOSHI), approvalId).statusCode(200).extract().jsonPath();
        assertEquals("WITHDRAWN", withdrawn.getString("state"));
        assertEquals("对象不再外出", withdrawn.getString("withdrawalReason"));
        assertFalse(queue("district-admin", DISTRICT).contains(approvalId), "out of the district's queue");
        JsonPath leave = leaveView(created.getString("id"));
        assertEquals("WITHDRAWN", leave.getString("status"));
        assertNull(item(leave, "LEAVE_RETURN"));
        assertEquals(List.of("CREATE", "WITHDRAW"), auditActions(dataSource, "LeaveRequest", UUID.fromString(created.getString("id"))));
        assertEquals(List.of("CREATE", "APPROVE", "WITHDRAW"), auditActions(dataSource, "Approval", UUID.fromString(approvalId)));
        List<Map<String, Object>> changes = as("township-clerk", LUOSHI).queryParam("limit", 1000).get(BASE + "/sync/approvals/changes")
                .then().statusCode(200).extract().jsonPath().getList("changes");
        assertTrue(changes.stream().anyMatch(c -> approvalId.equals(c.get("id"))
                && "WITHDRAWN".equals(((Map<?, ?>) c.get("record")).get("state"))), "the feed carries the withdrawal");
        // the withdrawn leave holds no days: the same 28 days may be asked for again
        String again = request(LUOSHI, subject, leave("2021-08-02", "2021-08-03", "2021-08-30")).getString("approvalId");
        // the list and the feed show each leave with its own request (read for the page at once)
        assertEquals(java.util.Set.of(approvalId, again), java.util.Set.copyOf(as("township-clerk", LUOSHI)
                .get(SUBJECTS + "/" + subject + "/leave-requests").then().statusCode(200).extract().jsonPath().getList("items.approvalId")));
        List<Map<String, Object>> leaves = as("township-clerk", LUOSHI).queryParam("limit", 1000).get(BASE + "/sync/leave-requests/changes")
                .then().statusCode(200).extract().jsonPath().getList("changes.record");
        assertTrue(leaves.stream().anyMatch(r -> created.getString("id").equals(r.get("id")) && approvalId.equals(r.get("approvalId"))));
        assertTrue(leaves.stream().anyMatch(r -> !created.getString("id").equals(r.get("id")) && again.equals(r.get("approvalId"))));
    }

    @Test
    void aChangeOfPlaceAndARevocationProposalAreWithdrawnAndMayBeMadeAgain() {
        UUID subject = ResidenceChangeTest.subjectIn(CAIE);
        JsonPath change = ResidenceChangeTest.request(CAIE, subject, ResidenceChangeTest.within(BANQIAO));
        withdraw(as("district-admin", DISTRICT), change.getString("approvalId")).statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("withdrawnBy", equalTo("district-admin@" + DISTRICT));
        as("township-clerk", CAIE).get(BASE + "/residence-changes/" + change.getString("id")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertEquals(CAIE, ResidenceChangeTest.subjectView(subject).getString("orgUnit"), "nothing moved");
        ResidenceChangeTest.request(CAIE, subject, ResidenceChangeTest.within(BANQIAO));

        String probation = RevocationProposalTest.subjectIn(CAIE, "PROBATION");
        JsonPath proposal = RevocationProposalTest.draft(CAIE, probation, RevocationProposalTest.proposal("REVOKE_PROBATION", "2021-09-03"));
        withdraw(as("township-clerk", CAIE), proposal.getString("approvalId")).statusCode(200).body("state", equalTo("WITHDRAWN"));
        JsonPath withdrawn = RevocationProposalTest.proposalView(proposal.getString("id"));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertNull(item(withdrawn, "REVOCATION_DECISION"), "not submitted: no decision is due");
        RevocationProposalTest.draft(CAIE, probation, RevocationProposalTest.proposal("REVOKE_PROBATION", "2021-09-10"));
    }

    @Test
    void anotherClerkOrAnotherOfficeCannotWithdrawAndADecidedOrReturnedRequestStays() {
        UUID subject = subjectIn(BANQIAO);
        String approvalId = request(BANQIAO, subject, leave("2021-07-01", "2021-07-02", "2021-07-05")).getString("approvalId");
        RequestSpecification colleague = RestAssured.given().contentType(ContentType.JSON)
                .auth().oauth2(DevTokens.token("another-clerk@" + BANQIAO, "township-clerk", BANQIAO));
        withdraw(colleague, approvalId).statusCode(403);
        withdraw(as("township-clerk", CAIE), approvalId).statusCode(404);
        withdraw(as("provincial-reader", DISTRICT), approvalId).statusCode(403);
        as("township-clerk", BANQIAO).body(map("reason", "x".repeat(1001), "version", 1)).post(APPROVALS + "/" + approvalId + "/withdrawal")
                .then().statusCode(400);
        assertEquals("PENDING", approval("district-admin", DISTRICT, approvalId).getString("state"), "nothing changed");

        decide("township-clerk", BANQIAO, approvalId, "APPROVE").statusCode(200).body("state", equalTo("APPROVED"));
        withdraw(as("township-clerk", BANQIAO), approvalId).statusCode(409);
        assertEquals("APPROVED", approval("district-admin", DISTRICT, approvalId).getString("state"));

        String returned = request(BANQIAO, subject, leave("2021-09-01", "2021-09-02", "2021-09-03")).getString("approvalId");
        decide("township-clerk", BANQIAO, returned, "RETURN").statusCode(200);
        withdraw(as("township-clerk", BANQIAO), returned).statusCode(409);
        assertEquals(List.of("CREATE", "RETURN"), auditActions(dataSource, "Approval", UUID.fromString(returned)));
    }
}
