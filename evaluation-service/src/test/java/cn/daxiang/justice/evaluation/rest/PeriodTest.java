package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.PROBLEM;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.RUNS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.assertOk;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.assertUnavailable;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.corrections2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.correctionsCumulative2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.indicator;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.legalAid2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.mediation2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.target;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quarter and month runs, the part-year target, and cumulative (累计) figures. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class PeriodTest {

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static JsonPath post(String body) {
        return as("evaluator", DISTRICT).body(body).post(RUNS).then().statusCode(201).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void aQuarterRunCoversTheQuarterAndSaysTheTargetIsTheYears() {
        String org = "430503008000";
        LocalDate from = LocalDate.of(2021, 4, 1);
        LocalDate to = LocalDate.of(2021, 6, 30);
        LineStubs.answerBoth(LineStubs.CORRECTIONS, org, from, to, null, corrections2021());
        LineStubs.answerBoth(LineStubs.MEDIATION, org, from, to, null, mediation2021());
        LineStubs.answerBoth(LineStubs.LEGAL_AID, org, from, to, null, Map.of("legalaid.cases.accepted", 95));
        target(org, 2021, "legalaid.cases.accepted", "380");

        JsonPath run = post("{\"orgUnit\":\"" + org + "\",\"year\":2021,\"quarter\":2}");
        assertEquals("2021-04-01", run.getString("from"));
        assertEquals("2021-06-30", run.getString("to"));
        assertEquals(2021, run.getInt("year"));
        assertEquals(2, run.getInt("quarter"));
        assertNull(run.get("month"));
        assertEquals("COMPLETE", run.getString("status"));
        // 95 of the year's 380, not prorated: 25.0 %, with a warning saying so
        assertOk(run, "LEGALAID_TASK_COMPLETION_RATE", "25.0");
        Map<String, Object> warning = run.getMap("warnings.find { it.code == 'PART_YEAR_TARGET' }");
        assertNotNull(warning);
        assertEquals("target:legalaid.cases.accepted", warning.get("metric"));
        assertTrue(String.valueOf(warning.get("message")).contains("2021年全年目标 380"), String.valueOf(warning.get("message")));
        assertTrue(String.valueOf(warning.get("message")).contains("时间进度24.9%"), String.valueOf(warning.get("message")));

        as("provincial-reader", "430000000000").queryParam("orgUnit", org).get(RUNS).then().statusCode(200)
                .body("items.find { it.id == '" + run.getString("id") + "' }.quarter", equalTo(2))
                .body("items.find { it.id == '" + run.getString("id") + "' }.from", equalTo("2021-04-01"));
        as("provincial-reader", "430000000000").get(RUNS + "/" + run.getString("id")).then().statusCode(200)
                .body("quarter", equalTo(2));
    }

    @Test
    void aMonthRunCoversTheMonthAndAWholeYearHasNoPartYearWarning() {
        String org = "430503009000";
        LocalDate from = LocalDate.of(2024, 2, 1);
        LocalDate to = LocalDate.of(2024, 2, 29);
        LineStubs.answerBoth(LineStubs.CORRECTIONS, org, from, to, null, corrections2021());
        LineStubs.answerBoth(LineStubs.MEDIATION, org, from, to, null, mediation2021());
        LineStubs.answerBoth(LineStubs.LEGAL_AID, org, from, to, null, legalAid2021());
        JsonPath run = post("{\"orgUnit\":\"" + org + "\",\"year\":2024,\"month\":2}");
        assertEquals("2024-02-01", run.getString("from"));
        assertEquals("2024-02-29", run.getString("to"), "a leap year's February");
        assertEquals(2, run.getInt("month"));
        assertNull(run.get("quarter"));
        assertEquals(1, LineStubs.calls(LineStubs.MEDIATION, org));

        // no target for 2024: nothing to warn about, the completion rate has no data
        assertTrue(run.getList("warnings.code").stream().noneMatch("PART_YEAR_TARGET"::equals));
        assertEquals("NO_DATA", indicator(run, "LEGALAID_TASK_COMPLETION_RATE").get("status"));
    }

    @Test
    void invalidPeriodCombinationsAreRefusedInChinese() {
        String org = "\"orgUnit\":\"" + DISTRICT + "\"";
        as("evaluator", DISTRICT).body("{" + org + ",\"quarter\":1}").post(RUNS).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("quarter")).body("errors.message", hasItem(containsString("year")));
        as("evaluator", DISTRICT).body("{" + org + ",\"month\":3}").post(RUNS).then().statusCode(400)
                .body("errors.field", hasItem("month"));
        as("evaluator", DISTRICT).body("{" + org + ",\"year\":2021,\"quarter\":1,\"month\":2}").post(RUNS).then().statusCode(400)
                .body("errors.field", hasItem("month")).body("errors.message", hasItem(containsString("二选一")));
        as("evaluator", DISTRICT).body("{" + org + ",\"year\":2021,\"quarter\":5}").post(RUNS).then().statusCode(400)
                .body("errors.field", hasItem("quarter")).body("errors.message", hasItem("季度应为1至4"));
        as("evaluator", DISTRICT).body("{" + org + ",\"year\":2021,\"month\":0}").post(RUNS).then().statusCode(400)
                .body("errors.field", hasItem("month")).body("errors.message", hasItem("月份应为1至12"));
        as("evaluator", DISTRICT).body("{" + org + ",\"year\":2021,\"quarter\":1,\"from\":\"2021-01-01\",\"to\":\"2021-03-31\"}")
                .post(RUNS).then().statusCode(400).body("errors.field", hasItem("year"));
        as("evaluator", DISTRICT).body("{" + org + ",\"quarter\":1,\"from\":\"2021-01-01\",\"to\":\"2021-03-31\"}")
                .post(RUNS).then().statusCode(400).body("errors.field", hasItem("quarter"));
        as("evaluator", DISTRICT).body("{" + org + ",\"year\":2021,\"quarter\":\"Q1\"}").post(RUNS).then().statusCode(400);
        assertEquals(0, LineStubs.calls(LineStubs.CORRECTIONS, DISTRICT), "nothing was fetched for a refused request");
    }

    @Test
    void cumulativeFiguresAreUsableInExpressionsAndUnavailableWhenTheirRequestFails() {
        String org = "430503010000";
        LocalDate jan1 = LocalDate.of(2021, 1, 1);
        LocalDate dec31 = LocalDate.of(2021, 12, 31);
        LocalDate complete = LocalDate.of(2020, 1, 1);
        as("evaluator", DISTRICT).body("""
                {"orgUnit":"%s","code":"TEST_CUMULATIVE_IN_CORRECTION","nameZh":"累计接收减累计解除","nameEn":"Received less released",
                 "numerator":"cumulative:corrections.subjects.received - cumulative:corrections.subjects.released","denominator":"1",
                 "factor":1,"decimals":0,"unit":"人","direction":"NEUTRAL"}
                """.formatted(org)).post("/api/v1/evaluation/indicators").then().statusCode(201);
        LineStubs.answer(LineStubs.CORRECTIONS, org, jan1, dec31, LineStubs.stats(org, jan1, dec31, complete, corrections2021()));
        LineStubs.answerCumulative(LineStubs.CORRECTIONS, org, dec31, LineStubs.stats(org, null, dec31, complete, correctionsCumulative2021()));
        LineStubs.answerBoth(LineStubs.MEDIATION, org, jan1, dec31, complete, mediation2021());
        LineStubs.answerBoth(LineStubs.LEGAL_AID, org, jan1, dec31, complete, legalAid2021());

        JsonPath run = post("{\"orgUnit\":\"" + org + "\",\"year\":2021}");
        assertEquals("COMPLETE", run.getString("status"));
        assertOk(run, "TEST_CUMULATIVE_IN_CORRECTION", "148");
        assertOk(run, "CORRECTIONS_CUMULATIVE_RECEIVED", "927");
        assertOk(run, "CORRECTIONS_RECEIVED", "120");
        Map<String, Object> metric = run.getMap("metrics.find { it.name == 'cumulative:corrections.subjects.received' }");
        assertEquals(Boolean.TRUE, metric.get("partial"), "records complete only since 2020: the count since the beginning may miss some");
        assertTrue(run.getList("warnings.code").contains("CUMULATIVE_RECORDS_INCOMPLETE"));

        // the cumulative request fails while the period's succeeds: only the cumulative figures are unavailable
        CircuitBreakerMaintenance.get().resetAll();
        LineStubs.answerCumulative(LineStubs.CORRECTIONS, org, dec31, aResponse().withStatus(503));
        JsonPath partial = post("{\"orgUnit\":\"" + org + "\",\"year\":2021}");
        assertEquals("PARTIAL", partial.getString("status"));
        assertUnavailable(partial, List.of("CORRECTIONS_CUMULATIVE_RECEIVED", "CORRECTIONS_CUMULATIVE_RELEASED",
                "TEST_CUMULATIVE_IN_CORRECTION"), "累计数不可用");
        assertOk(partial, "CORRECTIONS_ACTIVE", "148");
        assertOk(partial, "CORRECTIONS_RECEIVED", "120");
        Map<String, Object> line = partial.getMap("lines.find { it.line == 'CORRECTIONS' }");
        assertEquals("AVAILABLE", line.get("status"));
        assertEquals("UNAVAILABLE", line.get("cumulativeStatus"));
        assertTrue(String.valueOf(line.get("cumulativeReason")).contains("HTTP 503"), String.valueOf(line.get("cumulativeReason")));
        assertTrue(partial.getList("metrics.name").stream().noneMatch(n -> String.valueOf(n).startsWith("cumulative:corrections.")));
        assertEquals(1 + 3, LineStubs.cumulativeCalls(LineStubs.CORRECTIONS, org), "the first run's call, then one attempt and two retries");
    }
}
