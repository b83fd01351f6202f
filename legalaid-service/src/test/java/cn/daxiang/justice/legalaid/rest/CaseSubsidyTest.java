package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.SyncProtocolChecks;
import cn.daxiang.justice.devsupport.testing.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.acceptedCase;
import static cn.daxiang.justice.legalaid.LegalAidApi.assign;
import static cn.daxiang.justice.legalaid.LegalAidApi.close;
import static cn.daxiang.justice.legalaid.LegalAidApi.createProvider;
import static cn.daxiang.justice.legalaid.LegalAidApi.review;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Case subsidies (办案补贴): the rate table, what a closed case is owed after its quality review, payments through the
 * kit's approvals and their payment. 城西街道 (430503004000) and 翠园街道 (430503005000) and the years 2023, 2025 and
 * 2031 belong to this class alone; 2023 CRIMINAL rates are entered once (rates2023).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CaseSubsidyTest {

    static final String TOWN = "430503004000";
    static final String STATS_TOWN = "430503005000";
    static final String CLERK = "township-clerk";
    static final String ADMIN = "district-admin";
    static final String RATES = BASE + "/subsidy-rates";
    static final String PAYMENTS = BASE + "/subsidy-payments";
    static final String APPROVALS = BASE + "/approvals";

    /** Amounts read as the exact decimals the API writes. */
    static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Inject
    AgroalDataSource dataSource;

    static JsonPath postRate(int year, String category, String complexity, String amount, int status) {
        String c = complexity == null ? "null" : "\"" + complexity + "\"";
        return as(ADMIN, DISTRICT).body("""
                        {"year":%d,"category":"%s","complexity":%s,"amount":%s,"document":"湘司发〔%d〕12号"}"""
                        .formatted(year, category, c, amount, year))
                .post(RATES).then().statusCode(status).extract().body().jsonPath(EXACT);
    }

    /** 2023: criminal cases 1000.00, criminal cases that may bring the death penalty 3000.50; civil cases have no rate. */
    static synchronized void rates2023() {
        if (as(ADMIN, DISTRICT).queryParam("year", 2023).get(RATES).then().statusCode(200).extract().body().jsonPath(EXACT).getList("items").isEmpty()) {
            postRate(2023, "CRIMINAL", null, "1000.00", 201);
            postRate(2023, "CRIMINAL", "DEATH_PENALTY", "3000.50", 201);
        }
    }

    /** A case accepted, assigned to the provider and closed on the day given. */
    static UUID closedCase(String town, String category, String complexity, UUID provider, String closedOn) {
        String year = closedOn.substring(0, 4);
        UUID id = acceptedCase(town, category, year + "-03-01", year + "-03-01", complexity);
        assign(id, town, provider, year + "-03-02", 1);
        close(id, town, closedOn, 2);
        return id;
    }

    static JsonPath subsidy(UUID caseId) {
        return as(CLERK, TOWN).get(BASE + "/cases/" + caseId + "/subsidy").then().statusCode(200).extract().body().jsonPath(EXACT);
    }

    static JsonPath requestPayment(String role, String orgUnit, UUID provider, List<UUID> cases, int status) {
        String ids = String.join(",", cases.stream().map(c -> "\"" + c + "\"").toList());
        return as(role, role.equals(ADMIN) ? DISTRICT : orgUnit).body("""
                        {"orgUnit":"%s","providerId":"%s","caseIds":[%s],"requestedOn":"2023-12-20","reasons":"2023年结案案件办案补贴",
                         "attachments":[{"title":"结案审查表","ref":"卷宗第5页"}]}""".formatted(orgUnit, provider, ids))
                .post(PAYMENTS).then().statusCode(status).extract().body().jsonPath(EXACT);
    }

    static JsonPath decide(String role, String orgUnit, String approval, String outcome, int status) {
        long version = as(role, orgUnit).get(APPROVALS + "/" + approval).then().extract().body().jsonPath(EXACT).getLong("version");
        return as(role, orgUnit).body("{\"outcome\":\"%s\",\"opinion\":\"经审核\",\"version\":%d}".formatted(outcome, version))
                .post(APPROVALS + "/" + approval + "/decisions").then().statusCode(status).extract().body().jsonPath(EXACT);
    }

    /** Today in the office's zone: approvals are dated so, and nothing is paid before its approval's day. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static JsonPath pay(String payment, long version, int status) {
        return payOn(payment, today(), version, status);
    }

    static JsonPath payOn(String payment, LocalDate on, long version, int status) {
        return as(ADMIN, DISTRICT).body("{\"paidOn\":\"%s\",\"paidBy\":\"大祥区法律援助中心财务室\",\"voucherNumber\":\"记-2023-1228\",\"version\":%d}"
                        .formatted(on, version)).post(PAYMENTS + "/" + payment + "/pay").then().statusCode(status).extract().body().jsonPath(EXACT);
    }

    /** A payment the district requests for the case (its own step only), approved today: its view. */
    static JsonPath approvedDistrictPayment(UUID lawyer, UUID caseId) {
        JsonPath payment = requestPayment(ADMIN, DISTRICT, lawyer, List.of(caseId), 201);
        decide(ADMIN, DISTRICT, payment.getString("approvalId"), "APPROVE", 200);
        return as(ADMIN, DISTRICT).get(PAYMENTS + "/" + payment.getString("id")).then().statusCode(200).extract().body().jsonPath(EXACT);
    }

    long rows(String table) {
        return Rows.count(dataSource, "SELECT count(*) FROM legalaid." + table);
    }

    @Test
    void badAmountsAndMissingFieldsAreRefusedAndNoRateIsStored() {
        long before = rows("subsidy_rate");
        for (String amount : List.of("-100.00", "0", "1200.555", "null", "\"abc\"")) {
            as(ADMIN, DISTRICT).body("{\"year\":2031,\"category\":\"CIVIL\",\"amount\":%s,\"document\":\"湘司发〔2031〕1号\"}".formatted(amount))
                    .post(RATES).then().statusCode(400).contentType("application/problem+json")
                    .body("title", not(nullValue()));
        }
        as(ADMIN, DISTRICT).body("{\"year\":2031,\"category\":\"CIVIL\",\"amount\":1200.555,\"document\":\"湘司发〔2031〕1号\"}")
                .post(RATES).then().statusCode(400).body("errors.field", hasItem("amount"));
        as(ADMIN, DISTRICT).body("{\"category\":\"CIVIL\",\"amount\":800.00}")
                .post(RATES).then().statusCode(400).body("errors.field", hasItem("year")).body("errors.field", hasItem("document"));
        // the district sets the rates: a township clerk is refused
        as(CLERK, TOWN).body("{\"year\":2031,\"category\":\"CIVIL\",\"amount\":800.00,\"document\":\"湘司发〔2031〕1号\"}")
                .post(RATES).then().statusCode(403);
        assertEquals(before, rows("subsidy_rate"));
    }

    @Test
    void aSecondRateForTheSameYearCategoryAndComplexityIsAConflictButAnotherComplexityIsNot() {
        JsonPath general = postRate(2031, "CIVIL", null, "800.00", 201);
        assertEquals("800.00", general.getString("amount"));
        long before = rows("subsidy_rate");
        postRate(2031, "CIVIL", null, "900.00", 409);
        assertEquals(before, rows("subsidy_rate"));
        postRate(2031, "CIVIL", "GROUP_LITIGATION", "1500.00", 201);
        // the database's named constraint says the same for two general rates (NULLS NOT DISTINCT)
        SQLException clash = assertThrows(SQLException.class, () -> insertRate(2031, "CIVIL"));
        assertTrue(clash.getMessage().contains("subsidy_rate_uk"), clash.getMessage());
        // a township clerk reads the table
        as(CLERK, TOWN).queryParam("year", 2031).get(RATES).then().statusCode(200).body("totalItems", equalTo(2));
    }

    private void insertRate(int year, String category) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO legalaid.subsidy_rate (id, org_unit, version, year, category, amount, document, created_at, created_by,
                updated_at, updated_by) VALUES (gen_random_uuid(), '430503000000', 1, ?, ?, 1.00, 'x', now(), 't', now(), 't')""")) {
            s.setInt(1, year);
            s.setString(2, category);
            s.executeUpdate();
        }
    }

    @Test
    void aClosedCaseIsOwedItsClosingYearsRateAndAFailedReviewWithholdsItUntilAPassingOne() {
        rates2023();
        UUID lawyer = createProvider(TOWN, true);
        UUID ordinary = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-03-10");
        JsonPath s = subsidy(ordinary);
        assertEquals("1000.00", s.getString("rate"));
        assertEquals("1000.00", s.getString("amount"));
        assertEquals("DUE", s.getString("state"));
        assertEquals(2023, LocalDate.parse(s.getString("closedOn")).getYear());

        UUID capital = closedCase(TOWN, "CRIMINAL", "DEATH_PENALTY", lawyer, "2023-03-10");
        assertEquals("3000.50", subsidy(capital).getString("amount"));
        // a complex case without a rate of its own takes the general rate
        UUID life = closedCase(TOWN, "CRIMINAL", "LIFE_IMPRISONMENT", lawyer, "2023-03-10");
        assertEquals("1000.00", subsidy(life).getString("amount"));

        UUID civil = closedCase(TOWN, "CIVIL", null, lawyer, "2023-03-10");
        JsonPath none = subsidy(civil);
        assertEquals("NO_RATE", none.getString("state"));
        assertNull(none.get("amount"));

        UUID failed = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-03-10");
        review(failed, TOWN, "2023-03-15", false);
        JsonPath withheld = subsidy(failed);
        assertEquals("WITHHELD", withheld.getString("state"));
        assertEquals("0.00", withheld.getString("amount"));
        assertEquals("FAILED", withheld.getString("lastReview"));
        review(failed, TOWN, "2023-03-20", true);
        assertEquals("1000.00", subsidy(failed).getString("amount"));
        assertEquals("PASSED", subsidy(failed).getString("lastReview"));

        // an open case has no subsidy yet; another township's clerk does not see the case
        UUID open = acceptedCase(TOWN, "CRIMINAL", "2023-03-01", "2023-03-01", null);
        as(CLERK, TOWN).get(BASE + "/cases/" + open + "/subsidy").then().statusCode(409);
        as(CLERK, STATS_TOWN).get(BASE + "/cases/" + ordinary + "/subsidy").then().statusCode(404);

        // the provider's list of what is still to be paid
        JsonPath due = as(CLERK, TOWN).queryParam("providerId", lawyer).get(PAYMENTS + "/due").then().statusCode(200).extract().body().jsonPath(EXACT);
        assertEquals(5, due.getInt("totalItems"));
        assertTrue(due.getList("items.caseId").containsAll(List.of(ordinary.toString(), capital.toString(), civil.toString())));
        as(CLERK, STATS_TOWN).queryParam("providerId", lawyer).get(PAYMENTS + "/due").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aTownshipsPaymentIsReviewedByTheOfficeDecidedByTheDistrictAndPaidOnce() {
        rates2023();
        UUID lawyer = createProvider(TOWN, true);
        UUID a = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-06-10");
        UUID b = closedCase(TOWN, "CRIMINAL", "DEATH_PENALTY", lawyer, "2023-06-12");
        JsonPath payment = requestPayment(CLERK, TOWN, lawyer, List.of(a, b), 201);
        String id = payment.getString("id");
        assertEquals("PENDING", payment.getString("status"));
        assertEquals("4000.50", payment.getString("total"));
        assertEquals("REQUESTED", subsidy(a).getString("state"));
        String approval = payment.getString("approvalId");
        JsonPath request = as(CLERK, TOWN).get(APPROVALS + "/" + approval).then().statusCode(200).extract().body().jsonPath(EXACT);
        assertEquals("SUBSIDY_PAYMENT", request.getString("kind"));
        assertEquals(List.of("TOWNSHIP", "DISTRICT"), request.getList("route.level"));
        assertEquals(TOWN, request.getString("awaitingOrgUnit"));

        // nothing is paid before approval; the district does not decide the office's step
        pay(id, 1, 409);
        decide(ADMIN, DISTRICT, approval, "APPROVE", 403);
        decide(CLERK, TOWN, approval, "APPROVE", 200);
        as(ADMIN, DISTRICT).queryParam("state", "PENDING").queryParam("awaitingMe", true).get(APPROVALS)
                .then().statusCode(200).body("items.id", hasItem(approval));
        decide(ADMIN, DISTRICT, approval, "APPROVE", 200);
        JsonPath approved = as(CLERK, TOWN).get(PAYMENTS + "/" + id).then().statusCode(200).extract().body().jsonPath(EXACT);
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), approved.getString("approvedOn"));

        // a township clerk does not pay; the centre pays once
        as(CLERK, TOWN).body("{\"paidOn\":\"2023-12-28\",\"paidBy\":\"某某\",\"version\":%d}".formatted(approved.getLong("version")))
                .post(PAYMENTS + "/" + id + "/pay").then().statusCode(403);
        JsonPath paid = pay(id, approved.getLong("version"), 200);
        assertEquals("PAID", paid.getString("status"));
        assertEquals(today().toString(), paid.getString("paidOn"));
        assertEquals("大祥区法律援助中心财务室", paid.getString("paidBy"));
        pay(id, paid.getLong("version"), 409);
        assertEquals("PAID", subsidy(b).getString("state"));
        assertEquals("3000.50", subsidy(b).getString("amount"));

        // a case is paid once; the rates that priced it are not changed any more
        long before = rows("subsidy_payment");
        assertTrue(requestPayment(CLERK, TOWN, lawyer, List.of(a), 409).getString("detail").contains("一案只发放一次"));
        assertEquals(before, rows("subsidy_payment"));
        String rate = subsidy(a).getString("rateId");
        as(ADMIN, DISTRICT).body("{\"year\":2023,\"category\":\"CRIMINAL\",\"amount\":1100.00,\"document\":\"湘司发〔2023〕12号\",\"version\":1}")
                .put(RATES + "/" + rate).then().statusCode(409);
        as(ADMIN, DISTRICT).get(RATES + "/" + rate).then().statusCode(200).body("amount", equalTo(1000.00f)).body("used", equalTo(true));
    }

    @Test
    void aReturnedPaymentIsSentAgainAndARejectedOneReleasesItsCases() {
        rates2023();
        UUID lawyer = createProvider(TOWN, false);
        UUID c = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-07-01");
        // the district's own request goes to the district alone
        JsonPath payment = requestPayment(ADMIN, DISTRICT, lawyer, List.of(c), 201);
        String approval = payment.getString("approvalId");
        JsonPath request = as(ADMIN, DISTRICT).get(APPROVALS + "/" + approval).then().statusCode(200).extract().body().jsonPath(EXACT);
        assertEquals(List.of("DISTRICT"), request.getList("route.level"));

        decide(ADMIN, DISTRICT, approval, "RETURN", 200);
        as(ADMIN, DISTRICT).get(APPROVALS + "/" + approval).then().body("state", equalTo("RETURNED"));
        as(ADMIN, DISTRICT).get(PAYMENTS + "/" + payment.getString("id")).then().body("status", equalTo("PENDING"));
        long version = as(ADMIN, DISTRICT).get(APPROVALS + "/" + approval).then().extract().body().jsonPath(EXACT).getLong("version");
        as(ADMIN, DISTRICT).body("{\"reasons\":\"补充结案审查表\",\"version\":%d}".formatted(version))
                .post(APPROVALS + "/" + approval + "/resubmit").then().statusCode(200).body("state", equalTo("PENDING"));

        decide(ADMIN, DISTRICT, approval, "REJECT", 200);
        JsonPath rejected = as(ADMIN, DISTRICT).get(PAYMENTS + "/" + payment.getString("id")).then().statusCode(200).extract().body().jsonPath(EXACT);
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(false, rejected.getBoolean("cases[0].active"));
        pay(payment.getString("id"), rejected.getLong("version"), 409);
        decide(ADMIN, DISTRICT, approval, "APPROVE", 409);
        // the case is owed again and can be requested again
        assertEquals("DUE", subsidy(c).getString("state"));
        requestPayment(ADMIN, DISTRICT, lawyer, List.of(c), 201);
    }

    @Test
    void theDatabaseKeepsOneActivePaymentLinePerCase() throws SQLException {
        rates2023();
        UUID lawyer = createProvider(TOWN, false);
        UUID c = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-08-01");
        JsonPath payment = requestPayment(CLERK, TOWN, lawyer, List.of(c), 201);
        String rate = payment.getString("cases[0].rateId");
        try (Connection connection = dataSource.getConnection(); PreparedStatement s = connection.prepareStatement("""
                INSERT INTO legalaid.subsidy_payment_case (id, payment_id, case_id, rate_id, rate, share, amount, active)
                VALUES (gen_random_uuid(), ?::uuid, ?::uuid, ?::uuid, 1000.00, 1, 1000.00, true)""")) {
            s.setString(1, payment.getString("id"));
            s.setString(2, c.toString());
            s.setString(3, rate);
            SQLException clash = assertThrows(SQLException.class, s::executeUpdate);
            assertTrue(clash.getMessage().contains("subsidy_payment_case_uk"), clash.getMessage());
        }
    }

    @Test
    void badPaymentRequestsAndOtherTownshipsStoreNothing() {
        rates2023();
        UUID lawyer = createProvider(TOWN, false);
        UUID closed = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-09-01");
        UUID open = acceptedCase(TOWN, "CRIMINAL", "2023-09-01", "2023-09-01", null);
        long payments = rows("subsidy_payment");
        long approvals = rows("approval");
        as(CLERK, TOWN).body("{\"orgUnit\":\"%s\",\"providerId\":\"%s\",\"caseIds\":[],\"requestedOn\":\"2023-12-20\",\"reasons\":\"x\"}"
                .formatted(TOWN, lawyer)).post(PAYMENTS).then().statusCode(400).body("errors.field", hasItem("caseIds"));
        as(CLERK, TOWN).body("{\"orgUnit\":\"%s\",\"providerId\":\"%s\",\"caseIds\":[\"%s\"],\"reasons\":\"x\"}"
                .formatted(TOWN, lawyer, closed)).post(PAYMENTS).then().statusCode(400).body("errors.field", hasItem("requestedOn"));
        // requested before the case closed
        as(CLERK, TOWN).body("{\"orgUnit\":\"%s\",\"providerId\":\"%s\",\"caseIds\":[\"%s\"],\"requestedOn\":\"2023-08-01\",\"reasons\":\"x\"}"
                .formatted(TOWN, lawyer, closed)).post(PAYMENTS).then().statusCode(400).body("errors.field", hasItem("requestedOn"));
        requestPayment(CLERK, TOWN, lawyer, List.of(closed, open), 409);
        requestPayment(CLERK, TOWN, UUID.randomUUID(), List.of(closed), 400);
        // another township's clerk: not for this office, and this office's case is not found from there
        requestPayment(CLERK, TOWN, lawyer, List.of(closed), 201);
        UUID other = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-09-02");
        as(CLERK, STATS_TOWN).body("{\"orgUnit\":\"%s\",\"providerId\":\"%s\",\"caseIds\":[\"%s\"],\"requestedOn\":\"2023-12-20\",\"reasons\":\"x\"}"
                .formatted(TOWN, lawyer, other)).post(PAYMENTS).then().statusCode(403);
        as(CLERK, STATS_TOWN).body("{\"orgUnit\":\"%s\",\"providerId\":\"%s\",\"caseIds\":[\"%s\"],\"requestedOn\":\"2023-12-20\",\"reasons\":\"x\"}"
                .formatted(STATS_TOWN, lawyer, other)).post(PAYMENTS).then().statusCode(400).body("detail", containsString("未找到案件"));
        assertEquals(payments + 1, rows("subsidy_payment"));
        assertEquals(approvals + 1, rows("approval"));
        String id = as(CLERK, TOWN).queryParam("providerId", lawyer).get(PAYMENTS).then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
        as(CLERK, STATS_TOWN).get(PAYMENTS + "/" + id).then().statusCode(404);
        as(CLERK, STATS_TOWN).queryParam("providerId", lawyer).get(PAYMENTS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void paymentsAreInTheirTownshipsFeedAndUploadsAreRefused() throws InterruptedException {
        rates2023();
        UUID lawyer = createProvider(TOWN, false);
        UUID c = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-10-09");
        String id = requestPayment(CLERK, TOWN, lawyer, List.of(c), 201).getString("id");
        boolean seen = false;
        for (int i = 0; i < 50 && !seen; i++) {
            seen = feed("subsidy-payments", CLERK, TOWN).contains(id);
            if (!seen) {
                Thread.sleep(100);
            }
        }
        assertTrue(seen, "the payment is in its township's feed");
        assertTrue(!feed("subsidy-payments", CLERK, STATS_TOWN).contains(id), "not in another township's");
        JsonPath refused = as(ADMIN, DISTRICT).body(SyncProtocolChecks.batch("{\"id\":\"%s\"}".formatted(UUID.randomUUID())))
                .post(BASE + "/sync/subsidy-rates").then().statusCode(200).extract().body().jsonPath(EXACT);
        assertTrue(List.of("REJECTED", "CONFLICT").contains(refused.getString("results[0].status")), refused.prettify());
    }

    static List<String> feed(String resource, String role, String orgUnit) {
        return as(role, orgUnit).queryParam("limit", 1000).get(BASE + "/sync/" + resource + "/changes")
                .then().statusCode(200).extract().body().jsonPath(EXACT).getList("changes.id");
    }

    @Test
    void statsGiveTheAmountsDueForCasesClosedInThePeriodAndTheAmountsApprovedAndPaid() {
        postRate(2025, "CRIMINAL", null, "1234.56", 201);
        postRate(2025, "ADMINISTRATIVE", null, "700.00", 201);
        UUID lawyer = createProvider(STATS_TOWN, false);
        UUID a = closedCase(STATS_TOWN, "CRIMINAL", null, lawyer, "2025-05-06");
        UUID b = closedCase(STATS_TOWN, "ADMINISTRATIVE", null, lawyer, "2025-05-07");
        UUID withheld = closedCase(STATS_TOWN, "CRIMINAL", null, lawyer, "2025-05-08");
        review(withheld, STATS_TOWN, "2025-05-09", false);
        closedCase(STATS_TOWN, "CIVIL", null, lawyer, "2025-05-09"); // no rate
        String ids = "\"" + a + "\",\"" + b + "\"";
        JsonPath payment = as(CLERK, STATS_TOWN).body("""
                        {"orgUnit":"%s","providerId":"%s","caseIds":[%s],"requestedOn":"2025-06-01","reasons":"2025年上半年"}"""
                        .formatted(STATS_TOWN, lawyer, ids)).post(PAYMENTS).then().statusCode(201).extract().body().jsonPath(EXACT);
        decide(CLERK, STATS_TOWN, payment.getString("approvalId"), "APPROVE", 200);
        decide(ADMIN, DISTRICT, payment.getString("approvalId"), "APPROVE", 200);
        long version = as(ADMIN, DISTRICT).get(PAYMENTS + "/" + payment.getString("id")).then().extract().body().jsonPath(EXACT).getLong("version");
        // approved today (the decision's day), so paid today at the earliest
        payOn(payment.getString("id"), today(), version, 200);

        String today = today().toString();
        Map<String, Object> year2025 = stats("2025-01-01", "2025-12-31");
        assertEquals(2, ((Number) year2025.get("legalaid.subsidies.due.cases")).intValue());
        assertEquals("1934.56", year2025.get("legalaid.subsidies.due.amount").toString());
        assertEquals("0.00", year2025.get("legalaid.subsidies.approved.amount").toString());
        assertEquals("0.00", year2025.get("legalaid.subsidies.paid.amount").toString());
        Map<String, Object> approvedToday = stats(today, today);
        assertEquals("1934.56", approvedToday.get("legalaid.subsidies.approved.amount").toString());
        assertEquals(2, ((Number) approvedToday.get("legalaid.subsidies.approved.cases")).intValue());
        assertEquals("1934.56", approvedToday.get("legalaid.subsidies.paid.amount").toString());
        assertEquals(2, ((Number) approvedToday.get("legalaid.subsidies.paid.cases")).intValue());

        JsonPath catalog = as("evaluator", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().body().jsonPath(EXACT);
        assertTrue(catalog.getList("items.name").contains("legalaid.subsidies.paid.amount"), catalog.prettify());
    }

    static Map<String, Object> stats(String from, String to) {
        return statsOf(STATS_TOWN, from, to);
    }

    static Map<String, Object> statsOf(String orgUnit, String from, String to) {
        return as("evaluator", DISTRICT).queryParam("orgUnit", orgUnit).queryParam("from", from).queryParam("to", to)
                .get(BASE + "/stats").then().statusCode(200).extract().body().jsonPath(EXACT).getMap("metrics");
    }

    static BigDecimal amount(Map<String, Object> metrics, String name) {
        return new BigDecimal(metrics.get(name).toString());
    }

    /**
     * A payment the district requests and pays counts where its cases are: a township's case in it is in that township's
     * figures (approved and paid today, so read as the change of today's figures: other tests of this class pay in
     * 城西街道 today too).
     */
    @Test
    void aDistrictPaymentOfATownshipsCaseCountsInTheTownshipsFigures() {
        rates2023();
        UUID lawyer = createProvider(TOWN, false);
        UUID c = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-07-04");
        String today = today().toString();
        Map<String, Object> townBefore = statsOf(TOWN, today, today);
        Map<String, Object> districtBefore = statsOf(DISTRICT, today, today);

        JsonPath approved = approvedDistrictPayment(lawyer, c);
        assertEquals(DISTRICT, approved.getString("orgUnit"));
        pay(approved.getString("id"), approved.getLong("version"), 200);

        Map<String, Object> town = statsOf(TOWN, today, today);
        for (String metric : List.of("approved", "paid")) {
            String amount = "legalaid.subsidies." + metric + ".amount";
            String cases = "legalaid.subsidies." + metric + ".cases";
            assertEquals(new BigDecimal("1000.00"), amount(town, amount).subtract(amount(townBefore, amount)), amount);
            assertEquals(1, ((Number) town.get(cases)).intValue() - ((Number) townBefore.get(cases)).intValue(), cases);
        }
        Map<String, Object> district = statsOf(DISTRICT, today, today);
        assertEquals(new BigDecimal("1000.00"), amount(district, "legalaid.subsidies.paid.amount")
                .subtract(amount(districtBefore, "legalaid.subsidies.paid.amount")), "once in the district's figures");
    }

    /**
     * A payment is paid on or after the day it was approved (Asia/Shanghai) and not in the future: 400 naming paidOn,
     * nothing stored; on the approval's day it is paid.
     */
    @Test
    void aPaymentIsNotPaidBeforeTheDayOfItsApprovalNorInTheFutureAndNothingIsStored() throws SQLException {
        rates2023();
        UUID lawyer = createProvider(TOWN, false);
        JsonPath approved = approvedDistrictPayment(lawyer, closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-07-05"));
        String id = approved.getString("id");
        long version = approved.getLong("version");
        assertEquals(today().toString(), approved.getString("approvedOn"));

        for (LocalDate wrong : List.of(today().minusDays(1), today().plusDays(1))) {
            assertEquals(List.of("paidOn"), payOn(id, wrong, version, 400).getList("errors.field"), wrong.toString());
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement p = connection.prepareStatement(
                         "SELECT status, paid_on, version FROM legalaid.subsidy_payment WHERE id = ?")) {
                p.setObject(1, UUID.fromString(id));
                try (var row = p.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals("APPROVED", row.getString(1));
                    assertNull(row.getDate(2));
                    assertEquals(version, row.getLong(3));
                }
            }
        }
        assertEquals("PAID", pay(id, version, 200).getString("status"));
    }

    @Test
    void aWithdrawnPaymentReleasesItsCasesForANewRequest() {
        rates2023();
        UUID lawyer = createProvider(TOWN, false);
        UUID c = closedCase(TOWN, "CRIMINAL", null, lawyer, "2023-08-01");
        JsonPath payment = requestPayment(ADMIN, DISTRICT, lawyer, List.of(c), 201);
        String approval = payment.getString("approvalId");
        long version = as(ADMIN, DISTRICT).get(APPROVALS + "/" + approval).then().extract().body().jsonPath(EXACT).getLong("version");
        as(ADMIN, DISTRICT).body("{\"reason\":\"金额有误，撤回重报\",\"version\":%d}".formatted(version))
                .post(APPROVALS + "/" + approval + "/withdrawal").then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        JsonPath withdrawn = as(ADMIN, DISTRICT).get(PAYMENTS + "/" + payment.getString("id")).then().statusCode(200).extract().body().jsonPath(EXACT);
        assertEquals("REJECTED", withdrawn.getString("status"));
        assertEquals(false, withdrawn.getBoolean("cases[0].active"));
        pay(payment.getString("id"), withdrawn.getLong("version"), 409);
        assertEquals("DUE", subsidy(c).getString("state"));
        requestPayment(ADMIN, DISTRICT, lawyer, List.of(c), 201);
    }
}
