package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.PROBLEM;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.RUNS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A district run with one child run per township (includeChildren), against stubs that answer a
 * different mediation success per township; rankings and trends read from the frozen runs.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class ComparisonResourceTest {

    static final String RANKINGS = "/api/v1/evaluation/rankings";
    static final String TRENDS = "/api/v1/evaluation/trends";
    static final LocalDate JAN_1 = LocalDate.of(2021, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2021, 12, 31);
    /** Successes out of 100 mediated per township: 红旗路 and 城北路 tie at 95, 蔡锷乡 reports nothing. */
    static final Map<String, Integer> SUCCEEDED = new LinkedHashMap<>();

    static {
        SUCCEEDED.put("430503001000", 90);
        SUCCEEDED.put("430503002000", 95);
        SUCCEEDED.put("430503003000", 95);
        SUCCEEDED.put("430503004000", 80);
        List<String> rest = List.of("430503005000", "430503006000", "430503007000", "430503008000", "430503009000",
                "430503010000", "430503011000", "430503101000", "430503203000");
        for (int i = 0; i < rest.size(); i++) {
            SUCCEEDED.put(rest.get(i), 50 + i);
        }
    }

    static String parentRunId;
    static List<String> childRunIds;
    /** What the district run with its townships asked each line. */
    static final Map<String, List<LoggedRequest>> runRequests = new LinkedHashMap<>();

    static void stubUnit(String orgUnit, LocalDate from, LocalDate to, Map<String, ? extends Number> mediation) {
        LineStubs.answerBoth(LineStubs.CORRECTIONS, orgUnit, from, to, null, Map.of("corrections.subjects.active", 10));
        LineStubs.answerBoth(LineStubs.MEDIATION, orgUnit, from, to, null, mediation);
        LineStubs.answerBoth(LineStubs.LEGAL_AID, orgUnit, from, to, null, Map.of("legalaid.cases.accepted", 5));
    }

    static Map<String, Number> mediation(int succeeded) {
        return Map.of("mediation.disputes.mediated", 100, "mediation.disputes.succeeded", succeeded);
    }

    /** Once per class, when the application is up (a static @BeforeAll runs before it listens). */
    @BeforeEach
    void aDistrictRunWithItsTownships() {
        if (parentRunId != null) {
            return;
        }
        LineStubs.reset();
        stubUnit(DISTRICT, JAN_1, DEC_31, mediation(228));
        SUCCEEDED.forEach((unit, succeeded) -> stubUnit(unit, JAN_1, DEC_31, mediation(succeeded)));
        stubUnit(CAIE, JAN_1, DEC_31, Map.of());
        JsonPath run = as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + DISTRICT + "\",\"year\":2021,\"includeChildren\":true}")
                .post(RUNS).then().statusCode(201).extract().jsonPath();
        parentRunId = run.getString("id");
        childRunIds = run.getList("childRunIds", String.class);
        for (String line : List.of(LineStubs.CORRECTIONS, LineStubs.MEDIATION, LineStubs.LEGAL_AID)) {
            runRequests.put(line, LineStubs.requests(line));
        }
    }

    @Test
    void aRunWithItsTownshipsAsksEachLineOnceForThePeriodAndOnceCumulativeGroupedByChild() {
        for (String line : List.of(LineStubs.CORRECTIONS, LineStubs.MEDIATION, LineStubs.LEGAL_AID)) {
            List<LoggedRequest> requests = runRequests.get(line);
            // a request retried after a timeout (a loaded machine) comes again alike: count the different requests
            assertEquals(2, requests.stream().map(LoggedRequest::getUrl).distinct().count(),
                    line + ": the period and the cumulative figures, not one call per township");
            for (LoggedRequest request : requests) {
                assertEquals(DISTRICT, request.queryParameter("orgUnit").firstValue());
                assertEquals("child", request.queryParameter("groupBy").firstValue());
            }
        }
        assertEquals(1, runRequests.get(LineStubs.MEDIATION).stream().filter(r -> r.queryParameter("from").isPresent())
                .map(LoggedRequest::getUrl).distinct().count());
    }

    @Test
    void theParentRunListsOneFrozenRunPerTownship() {
        assertEquals(14, childRunIds.size());
        JsonPath parent = as("provincial-reader", PROVINCE).get(RUNS + "/" + parentRunId).then().statusCode(200).extract().jsonPath();
        assertEquals(childRunIds, parent.getList("childRunIds", String.class));
        assertNull(parent.get("parentRunId"));
        List<String> units = new ArrayList<>();
        for (String id : childRunIds) {
            JsonPath child = as("provincial-reader", PROVINCE).get(RUNS + "/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals(parentRunId, child.getString("parentRunId"));
            assertEquals("2021-01-01", child.getString("from"));
            units.add(child.getString("orgUnit"));
        }
        assertEquals(14, units.stream().distinct().count());
        assertTrue(units.contains(CAIE));
        JsonPath luoshi = as("provincial-reader", PROVINCE).get(RUNS + "/" + childRunIds.get(units.indexOf("430503002000")))
                .then().extract().jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        RunResourceTest.assertOk(luoshi, "MEDIATION_SUCCESS_RATE", "95.0");
    }

    @Test
    void rankingOrdersTiesAndListsTheTownshipWithoutAValueLast() {
        JsonPath r = as("provincial-reader", PROVINCE).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", DISTRICT)
                .queryParam("year", 2021).get(RANKINGS).then().statusCode(200).contentType(ContentType.JSON).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals("人民调解成功率", r.getString("indicator.name"));
        assertEquals("HIGHER_IS_BETTER", r.getString("indicator.direction"));
        assertEquals("2021年度", r.getString("period"));
        assertEquals("大祥区", r.getString("parentName"));
        List<Map<String, Object>> items = r.getList("items");
        assertEquals(14, items.size());
        assertEquals(List.of("430503002000", "430503003000", "430503001000", "430503004000"),
                items.subList(0, 4).stream().map(i -> i.get("orgUnit")).toList());
        assertEquals(List.of(1, 1, 3, 4), items.subList(0, 4).stream().map(i -> ((Number) i.get("rank")).intValue()).toList(),
                "equal values share a rank; the next rank skips");
        assertEquals(0, new BigDecimal("95.0").compareTo(new BigDecimal(String.valueOf(items.get(0).get("value")))));
        assertEquals("红旗路街道", items.get(0).get("name"));
        // values strictly decrease after the tie, every ranked unit before every unranked one
        for (int i = 4; i < 13; i++) {
            assertEquals(i + 1, ((Number) items.get(i).get("rank")).intValue());
            assertTrue(new BigDecimal(String.valueOf(items.get(i).get("value")))
                    .compareTo(new BigDecimal(String.valueOf(items.get(i - 1).get("value")))) < 0);
        }
        Map<String, Object> last = items.get(13);
        assertEquals(CAIE, last.get("orgUnit"));
        assertEquals("NO_DATA", last.get("status"));
        assertNull(last.get("rank"));
        assertNull(last.get("value"), "no value, not 0");
        assertTrue(String.valueOf(last.get("reason")).contains("mediation.disputes"));
    }

    @Test
    void aPeriodWithoutRunsListsTheTownshipsAsNoRun() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2021, 3, 31);
        stubUnit("430503001000", from, to, mediation(40));
        stubUnit("430503011000", from, to, mediation(60));
        for (String unit : List.of("430503001000", "430503011000")) {
            as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + unit + "\",\"year\":2021,\"quarter\":1}").post(RUNS).then().statusCode(201);
        }
        JsonPath r = as("evaluator", DISTRICT).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", DISTRICT)
                .queryParam("year", 2021).queryParam("quarter", 1).get(RANKINGS).then().statusCode(200).extract().jsonPath();
        assertEquals("2021年第一季度", r.getString("period"));
        assertEquals("2021-03-31", r.getString("to"));
        assertEquals(List.of("430503011000", "430503001000"), r.getList("items.orgUnit").subList(0, 2));
        assertEquals(List.of(1, 2), r.getList("items.rank").subList(0, 2));
        assertEquals(12, r.getList("items.findAll { it.status == 'NO_RUN' }").size());
        // the yearly runs are not mixed in: the ranking is for exactly the quarter
        assertFalse(r.getList("items.orgUnit").subList(0, 2).contains("430503002000"));
    }

    @Test
    void aTrendTakesTheLatestYearlyRunOfEachYearAndMarksGaps() {
        String unit = "430503001000";
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2019, 12, 31);
        stubUnit(unit, from, to, mediation(70));
        as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + unit + "\",\"year\":2019}").post(RUNS).then().statusCode(201);
        stubUnit(unit, from, to, mediation(75));
        as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + unit + "\",\"from\":\"2019-01-01\",\"to\":\"2019-12-31\"}").post(RUNS)
                .then().statusCode(201);

        JsonPath t = as("township-clerk", unit).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("orgUnit", unit)
                .queryParam("fromYear", 2019).queryParam("toYear", 2021).get(TRENDS).then().statusCode(200).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals("中心路街道", t.getString("orgUnitName"));
        assertEquals(List.of(2019, 2020, 2021), t.getList("points.year", Integer.class));
        assertEquals(List.of("OK", "NO_RUN", "OK"), t.getList("points.status"));
        assertEquals(0, new BigDecimal("75.0").compareTo(t.getObject("points[0].value", BigDecimal.class)), "the latest run of 2019");
        assertNull(t.get("points[1].value"));
        assertEquals(0, new BigDecimal("90.0").compareTo(t.getObject("points[2].value", BigDecimal.class)));
    }

    @Test
    void badParametersAre400InChinese() {
        var reader = as("provincial-reader", PROVINCE);
        reader.queryParam("parent", DISTRICT).queryParam("year", 2021).get(RANKINGS).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("indicator"));
        as("provincial-reader", PROVINCE).queryParam("indicator", "NO_SUCH").queryParam("parent", DISTRICT).queryParam("year", 2021)
                .get(RANKINGS).then().statusCode(400).body("errors.field", hasItem("indicator"))
                .body("errors.message", hasItem(containsString("未知的指标代码")));
        as("provincial-reader", PROVINCE).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", "430503999000")
                .queryParam("year", 2021).get(RANKINGS).then().statusCode(400).body("errors.field", hasItem("parent"));
        as("provincial-reader", PROVINCE).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", DISTRICT)
                .queryParam("year", "二〇二一").get(RANKINGS).then().statusCode(400).body("errors.field", hasItem("year"));
        as("provincial-reader", PROVINCE).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", DISTRICT)
                .queryParam("year", 2021).queryParam("quarter", 5).get(RANKINGS).then().statusCode(400).body("errors.field", hasItem("quarter"));
        as("provincial-reader", PROVINCE).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", DISTRICT)
                .queryParam("year", 2021).queryParam("quarter", 1).queryParam("month", 1).get(RANKINGS).then().statusCode(400)
                .body("errors.field", hasItem("month"));
        as("provincial-reader", PROVINCE).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("orgUnit", DISTRICT)
                .queryParam("fromYear", 2000).queryParam("toYear", 2020).get(TRENDS).then().statusCode(400)
                .body("errors.field", hasItem("toYear")).body("errors.message", hasItem(containsString("20")));
        as("provincial-reader", PROVINCE).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("orgUnit", DISTRICT)
                .queryParam("fromYear", 2001).queryParam("toYear", 2020).get(TRENDS).then().statusCode(200).body("points.size()", equalTo(20));
        as("provincial-reader", PROVINCE).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("orgUnit", DISTRICT)
                .queryParam("fromYear", 2022).queryParam("toYear", 2021).get(TRENDS).then().statusCode(400)
                .body("errors.field", hasItem("fromYear"));
    }

    @Test
    void scopeAndRoles() {
        String zhongxin = "430503001000";
        // a township clerk sees its own unit only: ranking its district (the other townships) is refused
        as("township-clerk", zhongxin).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", DISTRICT)
                .queryParam("year", 2021).get(RANKINGS).then().statusCode(403).contentType(PROBLEM);
        as("township-clerk", zhongxin).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("orgUnit", "430503002000")
                .queryParam("fromYear", 2020).queryParam("toYear", 2021).get(TRENDS).then().statusCode(403).contentType(PROBLEM);
        // its own unit: no villages in the reference data, so nothing to rank, but allowed
        as("township-clerk", zhongxin).queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", zhongxin)
                .queryParam("year", 2021).get(RANKINGS).then().statusCode(200).body("items.size()", equalTo(0));
        as("evaluator", "430503002000").queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", DISTRICT)
                .queryParam("year", 2021).get(RANKINGS).then().statusCode(403);
        for (String role : List.of("provincial-reader", "district-admin", "evaluator")) {
            as(role, role.equals("provincial-reader") ? PROVINCE : DISTRICT).queryParam("indicator", "MEDIATION_SUCCESS_RATE")
                    .queryParam("parent", DISTRICT).queryParam("year", 2021).get(RANKINGS).then().statusCode(200);
        }
        given().queryParam("indicator", "MEDIATION_SUCCESS_RATE").queryParam("parent", DISTRICT).queryParam("year", 2021)
                .get(RANKINGS).then().statusCode(401).contentType(PROBLEM);
        // only evaluators and district admins make runs, children included
        as("provincial-reader", PROVINCE).body("{\"orgUnit\":\"" + DISTRICT + "\",\"year\":2021,\"includeChildren\":true}")
                .post(RUNS).then().statusCode(403);
        as("township-clerk", zhongxin).body("{\"orgUnit\":\"" + zhongxin + "\",\"year\":2021,\"includeChildren\":true}")
                .post(RUNS).then().statusCode(403);
    }

    @Test
    void theDistrictReportDrawsTheRankingOfItsChildRuns() {
        String html = as("provincial-reader", PROVINCE).accept("text/html").get(RUNS + "/" + parentRunId + "/report").then()
                .statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("aria-label=\"下级机构排名\""), "the ranking chart");
        assertTrue(html.contains("本次评价同时生成的下级机构评价运行"));
        assertTrue(html.contains("第1名　95.0%"));
        assertTrue(html.contains("未参与排名：蔡锷乡"));
        // the district has one yearly run: no trend chart, a note instead
        assertFalse(html.contains("aria-label=\"年度趋势\""));
        assertTrue(html.contains("未绘制趋势图"));
    }
}
