package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Callers;
import cn.daxiang.justice.devsupport.testing.Rows;
import cn.daxiang.justice.evaluation.LineStubs;
import cn.daxiang.justice.evaluation.client.LineStatsService;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class RunResourceTest {

    static final String RUNS = "/api/v1/evaluation/runs";
    static final String PROBLEM = "application/problem+json";
    static final LocalDate JAN_1 = LocalDate.of(2021, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2021, 12, 31);

    static final List<String> CORRECTIONS_INDICATORS = List.of("RESETTLEMENT_KEY_TARGET_TEAM_RATE", "RESETTLEMENT_HANDOVER_RATE",
            "CORRECTION_RELEASE_HANDOVER_RATE", "RESETTLEMENT_VISITS", "CORRECTIONS_ACTIVE", "CORRECTIONS_INVESTIGATIONS", "CORRECTIONS_EDUCATION_PERSON_TIMES");
    static final List<String> MEDIATION_INDICATORS = List.of("MEDIATION_SUCCESS_RATE", "MEDIATION_DISPUTES_MEDIATED",
            "MEDIATION_ESCALATION_PREVENTED");
    static final List<String> LEGAL_AID_INDICATORS = List.of("LEGALAID_TASK_COMPLETION_RATE", "LEGALAID_QUALITY_PASS_RATE",
            "LEGALAID_CASES_ACCEPTED", "LEGALAID_SERVICE_POINTS", "LEGALAID_NOTICE_ASSIGNMENT_RATE", "LEGALAID_DUTY_LAWYER_SERVICES",
            "LEGALAID_NOTIFIED_CASES", "LEGALAID_ADVANCE_CASES");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    /** A request as {@code role} acting for {@code orgUnit}; decimals read as BigDecimal. */
    static RequestSpecification as(String role, String orgUnit) {
        return Callers.as(role, orgUnit).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    @BeforeEach
    @AfterEach
    void resetBreakersAndStubs() {
        LineStubs.reset();
    }

    // --- the seed's figures ---------------------------------------------------------------------

    static Map<String, Number> corrections2021() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("corrections.subjects.received", 120);
        m.put("corrections.subjects.released", 100);
        m.put("corrections.subjects.active", 148);
        m.put("corrections.subjects.active.control", 1);
        m.put("corrections.subjects.active.probation", 137);
        m.put("corrections.subjects.active.parole", 2);
        m.put("corrections.subjects.active.outsidePrison", 8);
        m.put("corrections.investigations.completed", 886);
        m.put("corrections.education.personTimes", 875);
        m.put("corrections.resettlement.received", 213);
        m.put("corrections.resettlement.received.prisonRelease", 143);
        m.put("corrections.resettlement.received.correctionRelease", 70);
        m.put("corrections.resettlement.linked", 200);
        m.put("corrections.resettlement.keyTargets", 47);
        m.put("corrections.resettlement.keyTargetsWithTeam", 47);
        // 衔接 (issue 19): prison releases notified in the year and those handed over; the same for correction releases
        m.put("corrections.resettlement.prisonReleases.notified", 143);
        m.put("corrections.resettlement.prisonReleases.handedOver", 141);
        m.put("corrections.resettlement.correctionReleases", 70);
        m.put("corrections.resettlement.correctionReleases.handedOver", 70);
        m.put("corrections.resettlement.visits", 560);
        return m;
    }

    static Map<String, Number> mediation2021() {
        return Map.of("mediation.disputes.mediated", 236, "mediation.disputes.succeeded", 228,
                "mediation.disputes.escalationPrevented", 78, "mediation.dossiers.archived", 221);
    }

    static Map<String, Number> legalAid2021() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("legalaid.cases.accepted", 593);
        m.put("legalaid.cases.accepted.civil", 364);
        m.put("legalaid.cases.accepted.criminal", 98);
        m.put("legalaid.cases.accepted.administrative", 0);
        m.put("legalaid.cases.accepted.pleaWitness", 131);
        m.put("legalaid.cases.closed", 500);
        m.put("legalaid.cases.qualified", 490);
        m.put("legalaid.consultations", 1000);
        m.put("legalaid.servicePoints.centers", 1);
        m.put("legalaid.servicePoints.workstations", 14);
        m.put("legalaid.servicePoints.workPoints", 98);
        return m;
    }

    /** The corrections line since its records began, to the end of 2021: the seed's 927 received, 779 released. */
    static Map<String, Number> correctionsCumulative2021() {
        Map<String, Number> m = new LinkedHashMap<>(corrections2021());
        m.put("corrections.subjects.received", 927);
        m.put("corrections.subjects.released", 779);
        return m;
    }

    /**
     * The three lines answer the seed's 2021 figures for {@code orgUnit}, records complete since 2020;
     * asked for their cumulative figures (no from), corrections answers 927 received and 779 released.
     */
    static void stubSeedYear(String orgUnit) {
        stubSeedYear(orgUnit, 2021);
    }

    /** The same figures for another year (tests that must not meet this class's 2021 figures and targets). */
    static void stubSeedYear(String orgUnit, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate complete = LocalDate.of(2020, 1, 1);
        LineStubs.answer(LineStubs.CORRECTIONS, orgUnit, from, to, LineStubs.stats(orgUnit, from, to, complete, corrections2021()));
        LineStubs.answer(LineStubs.MEDIATION, orgUnit, from, to, LineStubs.stats(orgUnit, from, to, complete, mediation2021()));
        LineStubs.answer(LineStubs.LEGAL_AID, orgUnit, from, to, LineStubs.stats(orgUnit, from, to, complete, legalAid2021()));
        LineStubs.answerCumulative(LineStubs.CORRECTIONS, orgUnit, to, LineStubs.stats(orgUnit, null, to, complete, correctionsCumulative2021()));
        LineStubs.answerCumulative(LineStubs.MEDIATION, orgUnit, to, LineStubs.stats(orgUnit, null, to, complete, mediation2021()));
        LineStubs.answerCumulative(LineStubs.LEGAL_AID, orgUnit, to, LineStubs.stats(orgUnit, null, to, complete, legalAid2021()));
    }

    static void manualFigure(String orgUnit, LocalDate from, LocalDate to, String metric, String value) {
        as("evaluator", DISTRICT).body("""
                {"metric":"%s","orgUnit":"%s","from":"%s","to":"%s","value":%s,"note":"摘自2021年绩效评价报告"}
                """.formatted(metric, orgUnit, from, to, value)).post("/api/v1/evaluation/manual-figures").then().statusCode(201);
    }

    /** The lines without a service: reconsideration 8 of 15, normative documents 7 of 7. */
    static void manualSeedYear(String orgUnit) {
        manualSeedYear(orgUnit, 2021);
    }

    static void manualSeedYear(String orgUnit, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        manualFigure(orgUnit, from, to, "reconsideration.received", "15");
        manualFigure(orgUnit, from, to, "reconsideration.concluded", "8");
        manualFigure(orgUnit, from, to, "normativeDocuments.reviewed", "7");
        manualFigure(orgUnit, from, to, "normativeDocuments.filed", "7");
    }

    static void target(String orgUnit, int year, String metric, String value) {
        as("evaluator", DISTRICT).body("""
                {"year":%d,"orgUnit":"%s","metric":"%s","value":%s}
                """.formatted(year, orgUnit, metric, value)).post("/api/v1/evaluation/targets").then().statusCode(201);
    }

    static JsonPath run(String orgUnit, int year) {
        return as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + orgUnit + "\",\"year\":" + year + "}")
                .post(RUNS).then().statusCode(201).contentType(ContentType.JSON).extract().jsonPath(
                        JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static Map<String, Object> indicator(JsonPath run, String code) {
        Map<String, Object> i = run.getMap("indicators.find { it.code == '" + code + "' }");
        assertNotNull(i, code);
        return i;
    }

    static Map<String, Object> rule(JsonPath run, String code) {
        Map<String, Object> r = run.getMap("rules.find { it.code == '" + code + "' }");
        assertNotNull(r, code);
        return r;
    }

    static Map<String, Object> metric(JsonPath run, String name) {
        return run.getMap("metrics.find { it.name == '" + name + "' }");
    }

    static void assertOk(JsonPath run, String code, String value) {
        Map<String, Object> i = indicator(run, code);
        assertEquals("OK", i.get("status"), code + ": " + i.get("reason"));
        assertEquals(0, new BigDecimal(value).compareTo(dec(i.get("value"))), code + " = " + i.get("value"));
    }

    static void assertUnavailable(JsonPath run, List<String> codes, String reasonPart) {
        for (String code : codes) {
            Map<String, Object> i = indicator(run, code);
            assertEquals("UNAVAILABLE", i.get("status"), code);
            assertNull(i.get("value"), code + " has no value, not 0");
            assertTrue(String.valueOf(i.get("reason")).contains(reasonPart), code + ": " + i.get("reason"));
        }
    }

    /** The indicators that come from the lines still answering, exactly. */
    static void assertOthersExact(JsonPath run, boolean corrections, boolean mediation, boolean legalAid) {
        if (corrections) {
            assertOk(run, "RESETTLEMENT_KEY_TARGET_TEAM_RATE", "100.0");
            assertOk(run, "CORRECTIONS_ACTIVE", "148");
        }
        if (mediation) {
            assertOk(run, "MEDIATION_SUCCESS_RATE", "96.6");
        }
        if (legalAid) {
            assertOk(run, "LEGALAID_QUALITY_PASS_RATE", "98.0");
            assertOk(run, "LEGALAID_SERVICE_POINTS", "113");
        }
        assertOk(run, "RECONSIDERATION_CLOSURE_RATE", "53.3");
        assertOk(run, "NORMATIVE_DOCUMENT_FILING_RATE", "100.0");
    }

    // --- tests ------------------------------------------------------------------------------------

    @Test
    void aRunAgainstTheSeedsFiguresGivesExactValues() {
        String org = "430503011000";
        stubSeedYear(org);
        manualSeedYear(org);
        target(org, 2021, "legalaid.cases.accepted", "380");
        // a hand-entered figure that disagrees with the service: the service wins, with a warning
        manualFigure(org, JAN_1, DEC_31, "mediation.disputes.mediated", "240");

        JsonPath run = run(org, 2021);
        assertEquals("COMPLETE", run.getString("status"));
        assertEquals(org, run.getString("orgUnit"));
        assertEquals("2021-01-01", run.getString("from"));
        assertEquals("2021-12-31", run.getString("to"));
        assertNotNull(run.getString("createdAt"));

        assertOk(run, "LEGALAID_TASK_COMPLETION_RATE", "156.1");
        assertEquals(0, new BigDecimal("593").compareTo(dec(indicator(run, "LEGALAID_TASK_COMPLETION_RATE").get("numerator"))));
        assertEquals(0, new BigDecimal("380").compareTo(dec(indicator(run, "LEGALAID_TASK_COMPLETION_RATE").get("denominator"))));
        assertEquals("法律援助案件任务完成率", indicator(run, "LEGALAID_TASK_COMPLETION_RATE").get("name"));
        assertEquals(0, BigDecimal.ONE.compareTo(dec(indicator(run, "LEGALAID_TASK_COMPLETION_RATE").get("definitionVersion"))));
        assertOk(run, "MEDIATION_SUCCESS_RATE", "96.6");
        assertOk(run, "RECONSIDERATION_CLOSURE_RATE", "53.3");
        assertOk(run, "NORMATIVE_DOCUMENT_FILING_RATE", "100.0");
        assertOk(run, "RESETTLEMENT_KEY_TARGET_TEAM_RATE", "100.0");
        // 141 of the 143 prison releases notified were handed over (no longer the old 200 linked ÷ 213 received)
        assertOk(run, "RESETTLEMENT_HANDOVER_RATE", "98.6");
        assertOk(run, "CORRECTION_RELEASE_HANDOVER_RATE", "100.0");
        assertOk(run, "LEGALAID_QUALITY_PASS_RATE", "98.0");
        assertOk(run, "LEGALAID_SERVICE_POINTS", "113");
        assertOk(run, "CORRECTIONS_EDUCATION_PERSON_TIMES", "875");
        assertOk(run, "CORRECTIONS_INVESTIGATIONS", "886");
        // nobody entered training figures: no data, not 0
        assertEquals("NO_DATA", indicator(run, "TRAINING_SESSIONS").get("status"));
        assertNull(indicator(run, "TRAINING_SESSIONS").get("value"));

        for (String code : List.of("CORRECTIONS_ACTIVE_BY_TYPE", "MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED",
                "LEGALAID_ACCEPTED_BY_CATEGORY", "RECONSIDERATION_CONCLUDED_NOT_ABOVE_RECEIVED", "RESETTLEMENT_RECEIVED_BY_SOURCE",
                "PRISON_HANDED_OVER_NOT_ABOVE_NOTIFIED", "CORRECTION_HANDED_OVER_NOT_ABOVE_RELEASED")) {
            assertEquals("PASS", rule(run, code).get("result"), code);
        }

        // every number names its source
        assertEquals("LEGAL_AID_SERVICE", metric(run, "legalaid.cases.accepted").get("source"));
        assertEquals("2022-01-05T08:00:00Z", metric(run, "legalaid.cases.accepted").get("asOf"));
        assertEquals("TARGET", metric(run, "target:legalaid.cases.accepted").get("source"));
        assertEquals("MANUAL", metric(run, "reconsideration.received").get("source"));
        assertEquals("evaluator@" + DISTRICT, metric(run, "reconsideration.received").get("enteredBy"));
        assertEquals("MEDIATION_SERVICE", metric(run, "mediation.disputes.mediated").get("source"));
        assertEquals(0, new BigDecimal("236").compareTo(dec(metric(run, "mediation.disputes.mediated").get("value"))));
        assertTrue(run.getList("warnings.code").contains("MANUAL_FIGURE_DISAGREES"));
        // the three lines, then the cross-line figures (issue 22)
        assertEquals(List.of("CORRECTIONS", "MEDIATION", "LEGAL_AID", "PERSONS"), run.getList("lines.line"));
        assertEquals(List.of("AVAILABLE", "AVAILABLE", "AVAILABLE", "AVAILABLE"), run.getList("lines.status"));
        assertEquals(List.of("AVAILABLE", "AVAILABLE", "AVAILABLE", "AVAILABLE"), run.getList("lines.cumulativeStatus"));
        // cumulative figures (since the records began, up to 31 December): the seed's 927 and 779
        assertOk(run, "CORRECTIONS_CUMULATIVE_RECEIVED", "927");
        assertOk(run, "CORRECTIONS_CUMULATIVE_RELEASED", "779");
        assertOk(run, "CORRECTIONS_RECEIVED", "120");
        assertEquals("CORRECTIONS_SERVICE", metric(run, "cumulative:corrections.subjects.received").get("source"));
        assertEquals("2022-01-05T08:00:00Z", metric(run, "cumulative:corrections.subjects.received").get("asOf"));
        assertEquals(1, LineStubs.cumulativeCalls(LineStubs.CORRECTIONS, org));
        assertEquals(1, LineStubs.calls(LineStubs.CORRECTIONS, org));

        // the snapshot reads back the same, and the run is audited
        String id = run.getString("id");
        JsonPath again = as("provincial-reader", PROVINCE).get(RUNS + "/" + id).then().statusCode(200).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertOk(again, "LEGALAID_TASK_COMPLETION_RATE", "156.1");
        assertOk(again, "MEDIATION_SUCCESS_RATE", "96.6");
        assertEquals(run.getList("metrics.name"), again.getList("metrics.name"));
        assertEquals(run.getString("createdAt"), again.getString("createdAt"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE entity_type = 'EvaluationRun' AND entity_id = ?", id));
    }

    @Test
    void aLineThatTimesOutIsUnavailableAndTheOthersExact() {
        String org = "430503001000";
        stubSeedYear(org);
        LineStubs.answer(LineStubs.CORRECTIONS, org, JAN_1, DEC_31,
                LineStubs.stats(org, JAN_1, DEC_31, null, corrections2021()).withFixedDelay(10000));
        manualSeedYear(org);

        double retriesBefore = correctionsRetries();
        long started = System.nanoTime();
        JsonPath run = run(org, 2021);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 9500, "the run does not wait for the slow line (10 s): " + millis + " ms");

        assertEquals("PARTIAL", run.getString("status"));
        assertUnavailable(run, CORRECTIONS_INDICATORS, "超时");
        assertEquals("SKIPPED", rule(run, "CORRECTIONS_ACTIVE_BY_TYPE").get("result"));
        assertFalse(run.getList("metrics.name").stream().anyMatch(n -> String.valueOf(n).startsWith("corrections.")),
                "nothing of the unreachable line is passed off as a figure");
        Map<String, Object> line = run.getMap("lines.find { it.line == 'CORRECTIONS' }");
        assertEquals("UNAVAILABLE", line.get("status"));
        assertTrue(String.valueOf(line.get("reason")).contains("超时"));
        assertOthersExact(run, false, true, true);
        assertEquals("PASS", rule(run, "MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED").get("result"));
        // counted by the fault-tolerance metrics: on a loaded machine an attempt can time out before
        // its request even reaches the stub, so the stub's own count may be lower
        assertEquals(2.0, correctionsRetries() - retriesBefore, "one attempt and two retries");
        assertTrue(LineStubs.calls(LineStubs.CORRECTIONS, org) <= 3);
        // a line that is down is not asked for its cumulative figures: they are unavailable for the same reason
        assertEquals(0, LineStubs.cumulativeCalls(LineStubs.CORRECTIONS, org));
        assertUnavailable(run, List.of("CORRECTIONS_CUMULATIVE_RECEIVED", "CORRECTIONS_CUMULATIVE_RELEASED"), "超时");
        assertEquals(1, LineStubs.cumulativeCalls(LineStubs.MEDIATION, org));
    }

    double correctionsRetries() {
        return meters.find("ft.retry.retries.total").tag("method", LineStatsService.class.getName() + ".corrections")
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void aLineAnswering500OpensItsBreaker() {
        String org = "430503002000";
        stubSeedYear(org);
        LineStubs.answer(LineStubs.LEGAL_AID, org, JAN_1, DEC_31, aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":500}"));
        manualSeedYear(org);
        CircuitBreakerMaintenance breakers = CircuitBreakerMaintenance.get();

        JsonPath first = run(org, 2021);
        assertEquals("PARTIAL", first.getString("status"));
        assertUnavailable(first, LEGAL_AID_INDICATORS, "HTTP 500");
        assertOthersExact(first, true, true, false);
        assertEquals(3, LineStubs.calls(LineStubs.LEGAL_AID, org), "one attempt and two retries");
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(LineStatsService.LEGAL_AID_BREAKER));

        // the fourth failure fills the breaker's window: it opens, and the retries are not sent
        JsonPath second = run(org, 2021);
        assertEquals(4, LineStubs.calls(LineStubs.LEGAL_AID, org));
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState(LineStatsService.LEGAL_AID_BREAKER));
        assertUnavailable(second, LEGAL_AID_INDICATORS, "熔断");
        assertOthersExact(second, true, true, false);

        // while it is open the line is not called at all; the other lines are
        int mediationCalls = LineStubs.calls(LineStubs.MEDIATION, org);
        JsonPath third = run(org, 2021);
        assertEquals(4, LineStubs.calls(LineStubs.LEGAL_AID, org), "an open breaker sends nothing");
        assertEquals(mediationCalls + 1, LineStubs.calls(LineStubs.MEDIATION, org));
        assertUnavailable(third, LEGAL_AID_INDICATORS, "熔断");
        assertOthersExact(third, true, true, false);
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(LineStatsService.CORRECTIONS_BREAKER));
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(LineStatsService.MEDIATION_BREAKER));
    }

    @Test
    void aLineAnsweringGarbageIsUnavailable() {
        String org = "430503003000";
        stubSeedYear(org);
        LineStubs.answer(LineStubs.MEDIATION, org, JAN_1, DEC_31, aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("<html><body>维护中</body></html>"));
        manualSeedYear(org);

        JsonPath run = run(org, 2021);
        assertEquals("PARTIAL", run.getString("status"));
        assertUnavailable(run, MEDIATION_INDICATORS, "应答无法解析");
        assertEquals("SKIPPED", rule(run, "MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED").get("result"));
        assertOthersExact(run, true, false, true);

        // JSON that is not a stats answer is garbage too (a fresh breaker: three failures are on this one)
        CircuitBreakerMaintenance.get().resetAll();
        String other = "430503004000";
        stubSeedYear(other);
        LineStubs.answer(LineStubs.MEDIATION, other, JAN_1, DEC_31, aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"hello\":\"world\"}"));
        manualSeedYear(other);
        JsonPath second = run(other, 2021);
        assertUnavailable(second, MEDIATION_INDICATORS, "统计接口约定");
        assertOthersExact(second, true, false, true);
    }

    @Test
    void theSeedsBreakdownIsARuleFailureForAYearWithoutRecords() {
        // 2019: the services hold records only from mid-2021, so they answer zeros; the figures come
        // from the old report, entered by hand, and stand because the period precedes the records
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2019, 12, 31);
        LocalDate complete = LocalDate.of(2021, 6, 1);
        Map<String, Number> corrections = new LinkedHashMap<>();
        corrections2021().keySet().forEach(k -> corrections.put(k, 0));
        Map<String, Number> mediation = new LinkedHashMap<>();
        mediation2021().keySet().forEach(k -> mediation.put(k, 0));
        Map<String, Number> legalAid = new LinkedHashMap<>();
        legalAid2021().keySet().forEach(k -> legalAid.put(k, 0));
        LineStubs.answerBoth(LineStubs.CORRECTIONS, DISTRICT, from, to, complete, corrections);
        LineStubs.answerBoth(LineStubs.MEDIATION, DISTRICT, from, to, complete, mediation);
        LineStubs.answerBoth(LineStubs.LEGAL_AID, DISTRICT, from, to, complete, legalAid);
        manualFigure(DISTRICT, from, to, "corrections.subjects.active", "148");
        manualFigure(DISTRICT, from, to, "corrections.subjects.active.probation", "137");
        manualFigure(DISTRICT, from, to, "corrections.subjects.active.parole", "2");
        manualFigure(DISTRICT, from, to, "corrections.subjects.active.outsidePrison", "8");

        JsonPath run = run(DISTRICT, 2019);
        assertEquals("COMPLETE", run.getString("status"), "every line answered");
        Map<String, Object> rule = rule(run, "CORRECTIONS_ACTIVE_BY_TYPE");
        assertEquals("FAIL", rule.get("result"));
        assertEquals("ERROR", rule.get("severity"));
        assertEquals(0, new BigDecimal("148").compareTo(dec(rule.get("left"))));
        assertEquals(0, new BigDecimal("147").compareTo(dec(rule.get("right"))));
        assertTrue(String.valueOf(rule.get("message")).contains("四类"));

        assertEquals("MANUAL", metric(run, "corrections.subjects.active").get("source"));
        assertEquals(0, new BigDecimal("148").compareTo(dec(metric(run, "corrections.subjects.active").get("value"))));
        assertEquals("CORRECTIONS_SERVICE", metric(run, "corrections.subjects.active.control").get("source"));
        assertEquals(Boolean.TRUE, metric(run, "corrections.subjects.active.control").get("partial"));
        assertTrue(run.getList("warnings.code").contains("MANUAL_FIGURE_PREVAILS"));
        assertTrue(run.getList("warnings.code").contains("RECORDS_INCOMPLETE"));
        assertOk(run, "CORRECTIONS_ACTIVE", "148");

        // 0 mediated: the success rate is null with a flag, not an error and not 0
        Map<String, Object> success = indicator(run, "MEDIATION_SUCCESS_RATE");
        assertEquals("NO_DATA", success.get("status"));
        assertNull(success.get("value"));
        assertEquals(Boolean.TRUE, success.get("zeroDenominator"));
        // no target for 2019
        assertEquals("NO_DATA", indicator(run, "LEGALAID_TASK_COMPLETION_RATE").get("status"));
    }

    @Test
    void theRunsCallsToTheLinesCarryTheRequestIdAndTheTraceOfTheRunsRequest() {
        stubSeedYear(DISTRICT, 2023);
        String trace = "0af7651916cd43dd8448eb211c80319c";
        as("evaluator", DISTRICT).header("X-Request-Id", "run-request-0001").header("traceparent", "00-" + trace + "-b7ad6b7169203331-01")
                .body("{\"orgUnit\":\"" + DISTRICT + "\",\"year\":2023}")
                .post(RUNS).then().statusCode(201).header("X-Request-Id", "run-request-0001");
        for (String line : List.of(LineStubs.CORRECTIONS, LineStubs.MEDIATION, LineStubs.LEGAL_AID)) {
            List<LoggedRequest> calls = LineStubs.requests(line);
            assertFalse(calls.isEmpty(), line);
            calls.forEach(call -> assertEquals("run-request-0001", call.getHeader("X-Request-Id"), line));
            // the gateway's trace goes on to the lines: one trace from the gateway to each line's answer
            calls.forEach(call -> assertEquals(trace, call.getHeader("traceparent").split("-")[1], line));
        }
    }

    @Test
    void rolesAndScope() {
        String luoshi = "430503101000";
        String caie = "430503202000";
        stubSeedYear(luoshi);
        String body = "{\"orgUnit\":\"" + luoshi + "\",\"year\":2021}";
        for (String role : List.of("township-clerk", "provincial-reader", "service")) {
            as(role, role.equals("provincial-reader") ? PROVINCE : luoshi).body(body).post(RUNS).then()
                    .statusCode(403).contentType(PROBLEM);
        }
        // an evaluator acting for one township cannot evaluate the district
        as("evaluator", luoshi).body("{\"orgUnit\":\"" + DISTRICT + "\",\"year\":2021}").post(RUNS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post(RUNS).then().statusCode(401).contentType(PROBLEM);

        String id = as("district-admin", DISTRICT).body(body).post(RUNS).then().statusCode(201)
                .header("Location", containsString("/api/v1/evaluation/runs/")).extract().path("id");
        as("township-clerk", luoshi).get(RUNS + "/" + id).then().statusCode(200).body("orgUnit", equalTo(luoshi));
        as("township-clerk", caie).get(RUNS + "/" + id).then().statusCode(404).contentType(PROBLEM);
        as("provincial-reader", PROVINCE).get(RUNS + "/" + id).then().statusCode(200);
        as("township-clerk", luoshi).queryParam("size", 200).get(RUNS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.orgUnit", everyItem(equalTo(luoshi)));
        as("township-clerk", caie).queryParam("size", 200).get(RUNS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("provincial-reader", PROVINCE).queryParam("orgUnit", luoshi).queryParam("year", 2021).get(RUNS).then()
                .statusCode(200).body("items.id", hasItem(id)).body("items[0].status", equalTo("COMPLETE"));
        as("provincial-reader", PROVINCE).queryParam("year", 2020).queryParam("orgUnit", luoshi).get(RUNS).then()
                .statusCode(200).body("totalItems", equalTo(0));
        as("evaluator", DISTRICT).get(RUNS + "/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        // a run is a snapshot: there is no way to change it
        as("evaluator", DISTRICT).body(body).put(RUNS + "/" + id).then().statusCode(405);
    }

    @Test
    void badRunRequestsAreRefused() {
        as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + DISTRICT + "\"}").post(RUNS).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("from"));
        as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + DISTRICT + "\",\"year\":2021,\"from\":\"2021-01-01\"}").post(RUNS)
                .then().statusCode(400).body("errors.field", hasItem("year"));
        as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + DISTRICT + "\",\"from\":\"2021-12-01\",\"to\":\"2021-01-01\"}").post(RUNS)
                .then().statusCode(400).body("errors.field", hasItem("from"));
        as("evaluator", DISTRICT).body("{\"orgUnit\":\"430503999000\",\"year\":2021}").post(RUNS)
                .then().statusCode(400).body("errors.field", hasItem("orgUnit"));
        as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + DISTRICT + "\",\"year\":1999}").post(RUNS)
                .then().statusCode(400).body("errors.field", hasItem("year"));
        as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + DISTRICT + "\",\"year\":2021,\"colour\":1}").post(RUNS)
                .then().statusCode(400);
        as("evaluator", DISTRICT).queryParam("status", "DONE").get(RUNS).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        assertEquals(0, LineStubs.calls(LineStubs.CORRECTIONS, DISTRICT), "nothing was fetched for a refused request");
    }

    @Test
    void aRunFromToWithinAYearUsesThatYearsTarget() {
        String org = "430503005000";
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2021, 6, 30);
        LineStubs.answerBoth(LineStubs.CORRECTIONS, org, from, to, null, corrections2021());
        LineStubs.answerBoth(LineStubs.MEDIATION, org, from, to, null, mediation2021());
        LineStubs.answerBoth(LineStubs.LEGAL_AID, org, from, to, null, Map.of("legalaid.cases.accepted", 190));
        target(org, 2021, "legalaid.cases.accepted", "380");
        JsonPath run = as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + org + "\",\"from\":\"2021-01-01\",\"to\":\"2021-06-30\"}")
                .post(RUNS).then().statusCode(201).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertOk(run, "LEGALAID_TASK_COMPLETION_RATE", "50.0");
        assertNull(run.get("year"));
        // the year's target is not prorated: the run says the rate is progress towards the whole year's target
        Map<String, Object> partYear = run.getMap("warnings.find { it.code == 'PART_YEAR_TARGET' }");
        assertNotNull(partYear);
        assertTrue(String.valueOf(partYear.get("message")).contains("未按期间折算"), String.valueOf(partYear.get("message")));
        assertTrue(String.valueOf(partYear.get("message")).contains("时间进度49.6%"), String.valueOf(partYear.get("message")));
        // the line did not report the categories: the rule is skipped, not passed
        assertEquals("SKIPPED", rule(run, "LEGALAID_ACCEPTED_BY_CATEGORY").get("result"));
        assertEquals("NO_DATA", indicator(run, "LEGALAID_QUALITY_PASS_RATE").get("status"));
    }

    @Test
    void aRunRecordsTheDefinitionVersionItUsedAndStaysAsItWas() {
        String org = "430503006000";
        stubSeedYear(org);
        UUID id = UUID.randomUUID();
        String definition = """
                {"id":"%s","orgUnit":"%s","code":"TEST_FAILED_SHARE","nameZh":"调解失败占比","nameEn":"Failed share",
                 "numerator":"%s","denominator":"mediation.disputes.mediated","factor":100,"decimals":2,"unit":"%%",
                 "direction":"LOWER_IS_BETTER"%s}
                """;
        // defined for this township only: it applies there and nowhere else
        as("evaluator", DISTRICT).body(definition.formatted(id, org, "mediation.disputes.mediated - mediation.disputes.succeeded", ""))
                .post("/api/v1/evaluation/indicators").then().statusCode(201);
        JsonPath first = run(org, 2021);
        assertOk(first, "TEST_FAILED_SHARE", "3.39");
        assertEquals(0, BigDecimal.ONE.compareTo(dec(indicator(first, "TEST_FAILED_SHARE").get("definitionVersion"))));

        as("evaluator", DISTRICT).body(definition.formatted(id, org, "mediation.disputes.succeeded", ",\"version\":1"))
                .put("/api/v1/evaluation/indicators/" + id).then().statusCode(200).body("version", equalTo(2));
        JsonPath second = run(org, 2021);
        assertOk(second, "TEST_FAILED_SHARE", "96.61");
        assertEquals(0, new BigDecimal("2").compareTo(dec(indicator(second, "TEST_FAILED_SHARE").get("definitionVersion"))));

        // the first run is a snapshot: it still shows version 1 and its value
        JsonPath again = as("evaluator", DISTRICT).get(RUNS + "/" + first.getString("id")).then().statusCode(200).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertOk(again, "TEST_FAILED_SHARE", "3.39");
        assertEquals(0, BigDecimal.ONE.compareTo(dec(indicator(again, "TEST_FAILED_SHARE").get("definitionVersion"))));
        // another township's run does not use it
        String other = "430503007000";
        stubSeedYear(other);
        assertFalse(run(other, 2021).getList("indicators.code").contains("TEST_FAILED_SHARE"));
        // a second run with the same id is a conflict
        as("evaluator", DISTRICT).body("{\"id\":\"" + first.getString("id") + "\",\"orgUnit\":\"" + org + "\",\"year\":2021}")
                .post(RUNS).then().statusCode(409).contentType(PROBLEM);
    }

    static BigDecimal dec(Object number) {
        return number == null ? null : new BigDecimal(String.valueOf(number));
    }

    long count(String sql, String parameter) {
        return Rows.count(dataSource, sql, parameter);
    }
}
