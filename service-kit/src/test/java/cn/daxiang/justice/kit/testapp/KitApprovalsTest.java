package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import cn.daxiang.justice.kit.approval.Approvals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The kit's approvals as every line gets them: a pending request withdrawn by its requester or a district admin (撤回),
 * with the rule's effect on the record; and the latest requests of many records read at once.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class KitApprovalsTest {

    static final String TOWN = OrgUnits.LUOSHI;
    static final String APPROVALS = "/test/approvals";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Approvals approvals;

    @Inject
    SessionFactory sessionFactory;

    /** A sample of the township, created by its clerk, with its request for approval opened by that clerk; both ids. */
    static String[] sampleWithRequest() {
        JsonPath sample = as("township-clerk", TOWN).body(DeadlinesTest.sample(TOWN, "ALPHA", "2021-09-30"))
                .post("/test/samples").then().statusCode(201).extract().jsonPath();
        String request = as("township-clerk", TOWN).post("/test/samples/" + sample.getString("id") + "/approval-request")
                .then().statusCode(200).extract().asString().replace("\"", "");
        return new String[] {sample.getString("id"), request};
    }

    static JsonPath approval(String id) {
        return as("district-admin", OrgUnits.DISTRICT).get(APPROVALS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse withdraw(io.restassured.specification.RequestSpecification caller, String id) {
        return caller.body(Map.of("reason", "不再需要", "version", approval(id).getLong("version")))
                .post(APPROVALS + "/" + id + "/withdrawal").then();
    }

    static int amount(String sampleId) {
        return as("district-admin", OrgUnits.DISTRICT).get("/test/samples/" + sampleId).then().statusCode(200)
                .extract().jsonPath().getInt("amount");
    }

    @Test
    void theRequesterWithdrawsAPendingRequestAndTheRulesEffectAppliesAudited() {
        String[] ids = sampleWithRequest();
        JsonPath withdrawn = withdraw(as("township-clerk", TOWN), ids[1]).statusCode(200)
                .body("state", equalTo("WITHDRAWN")).extract().jsonPath();
        assertEquals("township-clerk@" + TOWN, withdrawn.getString("withdrawnBy"));
        assertEquals("不再需要", withdrawn.getString("withdrawalReason"));
        assertNotNull(withdrawn.getString("decidedAt"));
        assertEquals(null, withdrawn.getString("awaitingOrgUnit"), "out of the approver's queue");
        assertEquals(0, amount(ids[0]), "a rule without onWithdrawn: its onRejected applied to the record");
        assertEquals(List.of("CREATE", "WITHDRAW"), auditActions(dataSource, "Approval", UUID.fromString(ids[1])));
        assertEquals(List.of("CREATE", "REJECT"), auditActions(dataSource, "Sample", UUID.fromString(ids[0])));
        // closed: neither withdrawn again nor decided
        withdraw(as("township-clerk", TOWN), ids[1]).statusCode(409);
        as("township-clerk", TOWN).body(Map.of("outcome", "APPROVE", "opinion", "同意", "version", approval(ids[1]).getLong("version")))
                .post(APPROVALS + "/" + ids[1] + "/decisions").then().statusCode(409);
    }

    @Test
    void onlyTheRequesterOrADistrictAdminWithdrawsAndOnlyWhilePending() {
        String[] ids = sampleWithRequest();
        var colleague = RestAssured.given().contentType(ContentType.JSON)
                .auth().oauth2(DevTokens.token("another-clerk@" + TOWN, "township-clerk", TOWN));
        withdraw(colleague, ids[1]).statusCode(403);
        withdraw(as("township-clerk", OrgUnits.CAIE), ids[1]).statusCode(404);
        withdraw(as("provincial-reader", OrgUnits.DISTRICT), ids[1]).statusCode(403);
        assertEquals("PENDING", approval(ids[1]).getString("state"), "nothing changed");
        withdraw(as("district-admin", OrgUnits.DISTRICT), ids[1]).statusCode(200).body("state", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo("district-admin@" + OrgUnits.DISTRICT));

        String[] approved = sampleWithRequest();
        as("township-clerk", TOWN).body(Map.of("outcome", "APPROVE", "opinion", "同意", "version", approval(approved[1]).getLong("version")))
                .post(APPROVALS + "/" + approved[1] + "/decisions").then().statusCode(200).body("state", equalTo("APPROVED"));
        withdraw(as("township-clerk", TOWN), approved[1]).statusCode(409);
        assertEquals(999, amount(approved[0]), "a decided request keeps its effect");

        String[] returned = sampleWithRequest();
        as("township-clerk", TOWN).body(Map.of("outcome", "RETURN", "opinion", "补充材料", "version", approval(returned[1]).getLong("version")))
                .post(APPROVALS + "/" + returned[1] + "/decisions").then().statusCode(200).body("state", equalTo("RETURNED"));
        withdraw(as("township-clerk", TOWN), returned[1]).statusCode(409);
        // a stale version is refused before anything
        as("township-clerk", TOWN).body(Map.of("version", 99)).post(APPROVALS + "/" + ids[1] + "/withdrawal").then().statusCode(412);
    }

    @Test
    void aRuleWithoutOnWithdrawnDoesOnWithdrawalWhatARejectionDoes() {
        String[] rejected = sampleWithRequest();
        as("township-clerk", TOWN).body(Map.of("outcome", "REJECT", "opinion", "不同意", "version", approval(rejected[1]).getLong("version")))
                .post(APPROVALS + "/" + rejected[1] + "/decisions").then().statusCode(200).body("state", equalTo("REJECTED"));
        String[] withdrawn = sampleWithRequest();
        withdraw(as("township-clerk", TOWN), withdrawn[1]).statusCode(200).body("state", equalTo("WITHDRAWN"));
        assertEquals(0, amount(rejected[0]));
        assertEquals(amount(rejected[0]), amount(withdrawn[0]), "the sample's rule sets no onWithdrawn: withdrawn as rejected");
    }

    @Test
    void theEndOfTheMatterWithdrawsItsOpenRequestsWithTheReasonAndLeavesDecidedOnesAsTheyAre() {
        String[] pending = sampleWithRequest();
        String[] returned = sampleWithRequest();
        as("township-clerk", TOWN).body(Map.of("outcome", "RETURN", "opinion", "补充材料", "version", approval(returned[1]).getLong("version")))
                .post(APPROVALS + "/" + returned[1] + "/decisions").then().statusCode(200);
        String[] approved = sampleWithRequest();
        as("township-clerk", TOWN).body(Map.of("outcome", "APPROVE", "opinion", "同意", "version", approval(approved[1]).getLong("version")))
                .post(APPROVALS + "/" + approved[1] + "/decisions").then().statusCode(200);

        for (String[] ids : List.of(pending, returned)) {
            as("district-admin", OrgUnits.DISTRICT).post("/test/samples/" + ids[0] + "/matter-ended").then().statusCode(200)
                    .body(equalTo("1"));
            JsonPath request = approval(ids[1]);
            assertEquals("WITHDRAWN", request.getString("state"));
            assertEquals("样例已办结，申请自动撤回", request.getString("withdrawalReason"));
            assertEquals("district-admin@" + OrgUnits.DISTRICT, request.getString("withdrawnBy"));
            assertEquals(0, amount(ids[0]), "the rule's effect applied");
            assertEquals("WITHDRAW", auditActions(dataSource, "Approval", UUID.fromString(ids[1])).get(
                    auditActions(dataSource, "Approval", UUID.fromString(ids[1])).size() - 1));
        }
        as("district-admin", OrgUnits.DISTRICT).post("/test/samples/" + approved[0] + "/matter-ended").then().statusCode(200)
                .body(equalTo("0"));
        assertEquals("APPROVED", approval(approved[1]).getString("state"));
        assertEquals(999, amount(approved[0]), "a decided request keeps its effect");
    }

    @Test
    void theLatestRequestIdsOfManyRecordsAreReadInOneQuery() {
        String[] first = sampleWithRequest();
        String[] second = sampleWithRequest();
        String[] none = {as("township-clerk", TOWN).body(DeadlinesTest.sample(TOWN, "ALPHA", "2021-09-30")).post("/test/samples")
                .then().statusCode(201).extract().path("id")};
        Statistics statistics = sessionFactory.getStatistics();
        Map<UUID, UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
            statistics.clear();
            return approvals.latestIds(Sample.class, List.of(UUID.fromString(first[0]), UUID.fromString(second[0]),
                    UUID.fromString(none[0])), SampleApprovals.KIND);
        });
        assertEquals(1, statistics.getPrepareStatementCount(), "one query for the page, not one per record");
        assertEquals(Map.of(UUID.fromString(first[0]), UUID.fromString(first[1]), UUID.fromString(second[0]),
                UUID.fromString(second[1])), ids);
    }
}
