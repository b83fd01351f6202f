package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static cn.daxiang.justice.mediation.MediationTestSupport.mediator;
import static cn.daxiang.justice.mediation.rest.RewardPayoutTest.dossier;
import static cn.daxiang.justice.mediation.rest.RewardPayoutTest.money;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reward payment batches (以奖代补发放) through approvals; the dossier years 2011 to 2014 belong to this test alone.
 * A batch is approved and paid today, so its paid metrics are read for today.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RewardPaymentTest {

    static final String PAYMENTS = BASE + "/rewards/payments";
    static final String APPROVALS = BASE + "/approvals";

    @Inject
    AgroalDataSource dataSource;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static void rate(int year, String grade, String amount) {
        admin().body("{\"year\":%d,\"complexityGrade\":\"%s\",\"amount\":%s}".formatted(year, grade, amount))
                .post(BASE + "/rewards/rates").then().statusCode(201);
    }

    static Map<String, Object> batch(int year) {
        return map("year", year, "documentNumber", "大司发〔" + (year + 1) + "〕5号", "documentTitle", "关于发放" + year + "年度人民调解“以奖代补”经费的通知",
                "reasons", "经核算，拟按标准发放以奖代补经费", "attachments", List.of(map("title", "卷宗评查表", "ref", "计财科存档")));
    }

    static ValidatableResponse create(String role, String orgUnit, Map<String, Object> body) {
        return as(role, orgUnit).body(body).post(PAYMENTS).then();
    }

    static JsonPath read(String role, String orgUnit, String id) {
        return as(role, orgUnit).get(PAYMENTS + "/" + id).then().statusCode(200).extract().body()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static ValidatableResponse decide(String role, String orgUnit, String approvalId, String outcome) {
        long version = as("district-admin", DISTRICT).get(APPROVALS + "/" + approvalId).then().statusCode(200).extract().jsonPath().getLong("version");
        return as(role, orgUnit).body(map("outcome", outcome, "opinion", "审批意见：" + outcome, "version", version))
                .post(APPROVALS + "/" + approvalId + "/decisions").then();
    }

    static ValidatableResponse pay(String role, String orgUnit, String id, LocalDate paidOn, String paidBy) {
        long version = read("district-admin", DISTRICT, id).getLong("version");
        return as(role, orgUnit).body(map("paidOn", paidOn.toString(), "paidBy", paidBy, "version", version))
                .post(PAYMENTS + "/" + id + "/pay").then();
    }

    static Map<String, Object> paidToday(String orgUnit) {
        return paidIn(orgUnit, TODAY.toString(), TODAY.toString());
    }

    static Map<String, Object> paidIn(String orgUnit, String from, String to) {
        return as("service", DISTRICT).queryParam("orgUnit", orgUnit).queryParam("from", from).queryParam("to", to)
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath().getMap("metrics");
    }

    static java.math.BigDecimal delta(Map<String, Object> after, Map<String, Object> before, String metric) {
        return new java.math.BigDecimal(String.valueOf(after.get(metric))).subtract(new java.math.BigDecimal(String.valueOf(before.get(metric))));
    }

    long batches() {
        return Rows.count(dataSource, "SELECT count(*) FROM mediation.reward_payment");
    }

    @Test
    void aTownshipBatchFreezesWhatIsOwedIsReviewedByTheOfficeDecidedByTheDistrictAndPaidOnce() {
        rate(2013, "SIMPLE", "100");
        rate(2013, "GENERAL", "150.00");
        UUID luoshi = committee(LUOSHI);
        UUID a = mediator(luoshi, "甲调解员", "FULL_TIME", "2012-01-01", null);
        UUID b = mediator(luoshi, "乙调解员", "PART_TIME", "2012-01-01", null);
        UUID c = mediator(committee(CAIE), "丙调解员", "PART_TIME", "2012-01-01", null);
        dossier(LUOSHI, luoshi, List.of(a), "2013-03-01", "2013-03-05", "2013-03-20", "SIMPLE");
        dossier(LUOSHI, luoshi, List.of(a, b), "2013-04-01", "2013-04-05", "2013-04-20", "GENERAL");
        dossier(LUOSHI, luoshi, List.of(b), "2013-05-01", "2013-05-05", "2013-05-20", "SIMPLE");
        // another office's dossier of the year is not in this office's batch
        dossier(CAIE, UUID.fromString(as("district-admin", DISTRICT).get(BASE + "/mediators/" + c).then().statusCode(200)
                .extract().path("committeeId")), List.of(c), "2013-06-01", "2013-06-05", "2013-06-20", "GENERAL");

        ValidatableResponse answer = create("township-clerk", LUOSHI, batch(2013)).statusCode(201);
        JsonPath created = answer.extract().body().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        String id = created.getString("id");
        assertTrue(answer.extract().header("Location").endsWith(PAYMENTS + "/" + id));
        assertEquals(LUOSHI, created.getString("orgUnit"));
        assertEquals("SUBMITTED", created.getString("status"));
        assertEquals(3, created.getInt("dossiers"));
        assertEquals(2, created.getInt("mediators"));
        money("350.00", created.get("total"));
        money("175.00", created.get("lines.find { it.mediatorId == '" + a + "' }.amount"));
        assertEquals(2, created.getInt("lines.find { it.mediatorId == '" + a + "' }.dossiers"));
        money("175.00", created.get("lines.find { it.mediatorId == '" + b + "' }.amount"));
        assertEquals("甲调解员", created.getString("lines.find { it.mediatorId == '" + a + "' }.name"));
        assertEquals(3, created.getList("dossierLines").size());
        assertEquals("大司发〔2014〕5号", created.getString("documentNumber"));

        String approvalId = created.getString("approvalId");
        assertNotNull(approvalId);
        JsonPath approval = as("township-clerk", LUOSHI).get(APPROVALS + "/" + approvalId).then().statusCode(200).extract().jsonPath();
        assertEquals("PENDING", approval.getString("state"));
        assertEquals("以奖代补发放审批", approval.getString("name"));
        assertEquals(List.of(LUOSHI, DISTRICT), approval.getList("route.orgUnit"), "the office checks its dossiers, the bureau decides");
        assertEquals("卷宗评查表", approval.getString("attachments[0].title"));
        assertEquals(PAYMENTS + "/" + id, approval.getString("record"));

        // nobody pays before approval; the district does not decide the office's step
        pay("district-admin", DISTRICT, id, TODAY, "区司法局计划财务科").statusCode(409).contentType("application/problem+json");
        decide("district-admin", DISTRICT, approvalId, "APPROVE").statusCode(403);
        decide("township-clerk", CAIE, approvalId, "APPROVE").statusCode(404);
        decide("township-clerk", LUOSHI, approvalId, "APPROVE").statusCode(200).body("state", equalTo("PENDING"))
                .body("awaitingOrgUnit", equalTo(DISTRICT));
        assertEquals("SUBMITTED", read("district-admin", DISTRICT, id).getString("status"), "the office's review is not the decision");
        pay("district-admin", DISTRICT, id, TODAY, "区司法局计划财务科").statusCode(409);
        decide("district-admin", DISTRICT, approvalId, "APPROVE").statusCode(200).body("state", equalTo("APPROVED"));
        assertEquals("APPROVED", read("district-admin", DISTRICT, id).getString("status"));

        // the bureau pays: not the office, not in the future, not before the last dossier was archived; then once only
        pay("township-clerk", LUOSHI, id, TODAY, "司法所").statusCode(403);
        pay("district-admin", DISTRICT, id, TODAY.plusDays(1), "区司法局计划财务科").statusCode(400).body("errors.field", hasItem("paidOn"));
        pay("district-admin", DISTRICT, id, LocalDate.parse("2013-05-19"), "区司法局计划财务科").statusCode(400)
                .body("errors.field", hasItem("paidOn"));
        pay("district-admin", DISTRICT, id, TODAY, " ").statusCode(400).body("errors.field", hasItem("paidBy"));
        assertEquals("APPROVED", read("district-admin", DISTRICT, id).getString("status"), "nothing was stored");
        Map<String, Object> before = paidToday(LUOSHI);
        Map<String, Object> caieBefore = paidToday(CAIE);
        JsonPath paid = pay("district-admin", DISTRICT, id, TODAY, "区司法局计划财务科").statusCode(200).extract().jsonPath();
        assertEquals("PAID", paid.getString("status"));
        assertEquals(TODAY.toString(), paid.getString("paidOn"));
        assertEquals("区司法局计划财务科", paid.getString("paidBy"));
        pay("district-admin", DISTRICT, id, TODAY, "区司法局计划财务科").statusCode(409);
        assertEquals(List.of("CREATE", "APPROVE", "PAY"), auditActions(dataSource, "RewardPayment", UUID.fromString(id)));

        // the amount paid in the period, by paid date, in the office of each dossier and mediator (other batches of this
        // test class may be paid today too: the difference is this batch's)
        Map<String, Object> after = paidToday(LUOSHI);
        money("350.00", delta(after, before, "mediation.rewards.paid.amount"));
        money("3", delta(after, before, "mediation.rewards.paid.dossiers"));
        money("2", delta(after, before, "mediation.rewards.paid.mediators"));
        money("0", delta(paidToday(CAIE), caieBefore, "mediation.rewards.paid.amount"));

        // a dossier is rewarded once: neither the office nor the district may put it in a second batch
        long stored = batches();
        create("township-clerk", LUOSHI, batch(2013)).statusCode(409).contentType("application/problem+json");
        create("district-admin", DISTRICT, batch(2013)).statusCode(409);
        assertEquals(stored, batches(), "no second batch was stored");

        // scope: another office sees nothing of it; bulk reads and the reader's are masked
        as("township-clerk", CAIE).get(PAYMENTS + "/" + id).then().statusCode(404);
        as("township-clerk", CAIE).queryParam("size", 200).get(PAYMENTS).then().statusCode(200).body("items.id", not(hasItem(id)));
        assertEquals("甲***", read("provincial-reader", PROVINCE, id).getString("lines.find { it.mediatorId == '" + a + "' }.name"));
        JsonPath listed = as("district-admin", DISTRICT).queryParam("year", 2013).get(PAYMENTS).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(id), listed.getList("items.id"));
        assertTrue(listed.getList("items[0].lines.name", String.class).stream().allMatch(n -> n.matches(".\\*+")), listed.prettify());
        List<String> own = as("township-clerk", LUOSHI).queryParam("year", 2013).get(PAYMENTS).then().statusCode(200).extract().jsonPath()
                .getList("items[0].lines.name");
        assertTrue(own.contains("甲调解员"), "an office's own records are in full for it");
    }

    @Test
    void theDistrictsOwnBatchGoesToTheBureauAloneAndARejectionReleasesItsDossiers() {
        rate(2014, "GENERAL", "200");
        UUID luoshi = committee(LUOSHI);
        UUID caie = committee(CAIE);
        UUID a = mediator(luoshi, "丁调解员", "PART_TIME", "2012-01-01", null);
        dossier(LUOSHI, luoshi, List.of(a), "2014-03-01", "2014-03-05", "2014-03-20", "GENERAL");
        // a dossier without a mediator is owed to its committee: in the total, in no mediator line
        dossier(CAIE, caie, List.of(), "2014-04-01", "2014-04-05", "2014-04-20", "GENERAL");

        JsonPath first = create("district-admin", DISTRICT, batch(2014)).statusCode(201).extract().jsonPath();
        assertEquals(DISTRICT, first.getString("orgUnit"));
        assertEquals(2, first.getInt("dossiers"));
        assertEquals(1, first.getInt("mediators"));
        assertEquals(0, new java.math.BigDecimal("400.00").compareTo(new java.math.BigDecimal(first.getString("total"))));
        String approvalId = first.getString("approvalId");
        assertEquals(List.of(DISTRICT), as("district-admin", DISTRICT).get(APPROVALS + "/" + approvalId).then().statusCode(200)
                .extract().jsonPath().getList("route.orgUnit"), "a batch the district holds skips the township step");
        as("township-clerk", LUOSHI).get(PAYMENTS + "/" + first.getString("id")).then().statusCode(404);

        // returned for more, resubmitted, then rejected: the batch is final and its dossiers are free again
        JsonPath returned = decide("district-admin", DISTRICT, approvalId, "RETURN").statusCode(200).extract().jsonPath();
        assertEquals("RETURNED", returned.getString("state"));
        assertEquals("SUBMITTED", read("district-admin", DISTRICT, first.getString("id")).getString("status"));
        admin().body(map("reasons", "补充卷宗评查结果", "version", returned.getLong("version")))
                .post(APPROVALS + "/" + approvalId + "/resubmit").then().statusCode(200).body("state", equalTo("PENDING"));
        decide("district-admin", DISTRICT, approvalId, "REJECT").statusCode(200).body("state", equalTo("REJECTED"));
        assertEquals("REJECTED", read("district-admin", DISTRICT, first.getString("id")).getString("status"));
        pay("district-admin", DISTRICT, first.getString("id"), TODAY, "区司法局计划财务科").statusCode(409);
        assertEquals(List.of("CREATE", "REJECT"), auditActions(dataSource, "RewardPayment", UUID.fromString(first.getString("id"))));

        JsonPath second = create("district-admin", DISTRICT, batch(2014)).statusCode(201).extract().jsonPath();
        assertEquals(2, second.getInt("dossiers"));
        decide("district-admin", DISTRICT, second.getString("approvalId"), "APPROVE").statusCode(200).body("state", equalTo("APPROVED"));
        // a payment recorded after the fact: paid in March 2015, counted in that period, in each dossier's office
        Map<String, Object> march = paidIn(LUOSHI, "2015-03-01", "2015-03-31");
        pay("district-admin", DISTRICT, second.getString("id"), LocalDate.parse("2015-03-10"), "区司法局计划财务科").statusCode(200)
                .body("status", equalTo("PAID")).body("paidOn", equalTo("2015-03-10"));
        money("200.00", delta(paidIn(LUOSHI, "2015-03-01", "2015-03-31"), march, "mediation.rewards.paid.amount"));
        money("1", delta(paidIn(LUOSHI, "2015-03-01", "2015-03-31"), march, "mediation.rewards.paid.mediators"));
        assertEquals(1, ((Number) paidIn(CAIE, "2015-03-01", "2015-03-31").get("mediation.rewards.paid.dossiers")).intValue(),
                "the committee's dossier without a mediator counts in its office");
        create("district-admin", DISTRICT, batch(2014)).statusCode(409);

        // the batch and its approval are in the change feeds; neither can be uploaded
        List<Map<String, Object>> changes = admin().queryParam("limit", 1000).get(BASE + "/sync/reward-payments/changes").then().statusCode(200)
                .extract().jsonPath().getList("changes");
        assertTrue(changes.stream().anyMatch(c -> second.getString("id").equals(c.get("id"))
                && "PAID".equals(((Map<?, ?>) c.get("record")).get("status"))), "the feed carries the payment");
        admin().body(map("records", List.of(map("id", UUID.randomUUID().toString())))).post(BASE + "/sync/reward-payments").then()
                .statusCode(200).body("results[0].status", equalTo("REJECTED"));
        admin().body(map("records", List.of(map("id", second.getString("id"), "version", 3, "deleted", true))))
                .post(BASE + "/sync/reward-payments").then().statusCode(200).body("results[0].status", equalTo("REJECTED"));
        admin().queryParam("limit", 1000).get(BASE + "/sync/approvals/changes").then().statusCode(200)
                .body("changes.id", hasItem(second.getString("approvalId")));
    }

    @Test
    void badInputIsRefusedWithAProblemAndStoresNothing() {
        UUID luoshi = committee(LUOSHI);
        dossier(LUOSHI, luoshi, List.of(), "2012-03-01", "2012-03-05", "2012-03-20", "MAJOR");
        long before = batches();
        Map<String, Object> noYear = batch(2012);
        noYear.remove("year");
        create("district-admin", DISTRICT, noYear).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("year"));
        Map<String, Object> early = batch(2012);
        early.put("year", 1999);
        create("district-admin", DISTRICT, early).statusCode(400).body("errors.field", hasItem("year"));
        Map<String, Object> noDocument = batch(2012);
        noDocument.put("documentNumber", " ");
        noDocument.remove("reasons");
        create("district-admin", DISTRICT, noDocument).statusCode(400).body("errors.field", hasItem("documentNumber"))
                .body("errors.field", hasItem("reasons"));
        Map<String, Object> control = batch(2012);
        control.put("documentTitle", "通知\u0000");
        create("district-admin", DISTRICT, control).statusCode(400).body("errors.field", hasItem("documentTitle"));
        Map<String, Object> badAttachment = batch(2012);
        badAttachment.put("attachments", List.of(map("title", "评查表")));
        create("district-admin", DISTRICT, badAttachment).statusCode(400).body("errors.field", hasItem(containsString("attachments")));
        // nothing archived in 2011; a 2012 dossier whose grade has no rate would be frozen at 0
        create("district-admin", DISTRICT, batch(2011)).statusCode(409).body("title", not(equalTo(null)));
        create("district-admin", DISTRICT, batch(2012)).statusCode(409).contentType("application/problem+json");
        create("provincial-reader", PROVINCE, batch(2012)).statusCode(403);
        as("district-admin", DISTRICT).get(PAYMENTS + "/" + UUID.randomUUID()).then().statusCode(404);
        as("district-admin", DISTRICT).queryParam("status", "OWED").get(PAYMENTS).then().statusCode(400);
        assertEquals(before, batches(), "nothing stored");
        assertFalse(Rows.count(dataSource, "SELECT count(*) FROM mediation.reward_payment_dossier d JOIN mediation.dispute x ON x.id = d.dispute_id "
                + "WHERE x.archived_on BETWEEN '2012-01-01' AND '2012-12-31'") > 0, "no dossier was frozen");
    }

    @Test
    void aWithdrawnBatchFreesItsDossiersForANewOne() {
        rate(2010, "GENERAL", "150");
        UUID luoshi = committee(LUOSHI);
        UUID a = mediator(luoshi, "戊调解员", "PART_TIME", "2008-01-01", null);
        dossier(LUOSHI, luoshi, List.of(a), "2010-03-01", "2010-03-05", "2010-03-20", "GENERAL");
        JsonPath first = create("district-admin", DISTRICT, batch(2010)).statusCode(201).extract().jsonPath();
        String approvalId = first.getString("approvalId");
        long version = as("district-admin", DISTRICT).get(APPROVALS + "/" + approvalId).then().statusCode(200).extract().jsonPath().getLong("version");
        admin().body(map("reason", "核算有误，撤回重报", "version", version)).post(APPROVALS + "/" + approvalId + "/withdrawal")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        assertEquals("REJECTED", read("district-admin", DISTRICT, first.getString("id")).getString("status"));
        pay("district-admin", DISTRICT, first.getString("id"), TODAY, "区司法局计划财务科").statusCode(409);
        assertEquals(List.of("CREATE", "WITHDRAW"), auditActions(dataSource, "RewardPayment", UUID.fromString(first.getString("id"))));
        create("district-admin", DISTRICT, batch(2010)).statusCode(201).body("dossiers", equalTo(1));
    }
}
