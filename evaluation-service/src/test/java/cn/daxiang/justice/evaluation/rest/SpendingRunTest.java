package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.RUNS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.assertOk;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.corrections2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.indicator;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.legalAid2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.mediation2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.metric;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.run;
import static cn.daxiang.justice.evaluation.rest.ScorecardRunTest.assertDecimal;
import static cn.daxiang.justice.evaluation.rest.ScorecardRunTest.leaf;
import static cn.daxiang.justice.evaluation.rest.SpendingResourceTest.PATH;
import static cn.daxiang.justice.evaluation.rest.SpendingResourceTest.basic;
import static cn.daxiang.justice.evaluation.rest.SpendingResourceTest.project;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.paragraphs;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23: a yearly run turns the year's spending rows into metrics, the default indicators 预算执行率, 项目完成率 and the
 * unit costs, the default scorecard's spending leaf is scored from 预算执行率, and the report says 预算执行情况.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class SpendingRunTest {

    /** A township where no test activates a scorecard of its own (the district's default is in force), in years no other test uses. */
    static final String ORG = ScorecardRunTest.DEFAULT_ORG;

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static void stub(int year) {
        Map<String, Number> legalAid = new LinkedHashMap<>(legalAid2021());
        legalAid.put("legalaid.subsidies.paid.cases", 380);
        Map<String, Number> mediation = new LinkedHashMap<>(mediation2021());
        mediation.put("mediation.rewards.paid.dossiers", 221);
        LineStubs.answerAll(ORG, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), corrections2021(), mediation, legalAid);
    }

    /** Sample figures (the seed gives no budget): basic expenditure and three projects, two of which reach their output target. */
    static void enter(int year) {
        post(basic(UUID.randomUUID(), year, ORG, "1500000", "1480000", ",\"adjusted\":1520000"));
        post(project(UUID.randomUUID(), year, ORG, "legalAidSubsidy", "法律援助办案补贴", "200000", "199500",
                ",\"adjusted\":210000,\"outputTarget\":380,\"outputAchieved\":395,\"outputUnit\":\"件\""));
        post(project(UUID.randomUUID(), year, ORG, "mediationReward", "人民调解“以奖代补”", "40000", "37570",
                ",\"outputTarget\":221,\"outputAchieved\":221,\"outputUnit\":\"份\""));
        post(project(UUID.randomUUID(), year, ORG, "correctionsFunds", "社区矫正经费", "100000", "80000",
                ",\"outputTarget\":12,\"outputAchieved\":10,\"outputUnit\":\"次\""));
    }

    static void post(String body) {
        as("evaluator", DISTRICT).body(body).post(PATH).then().statusCode(201);
    }

    @Test
    void aYearRunTurnsTheRowsIntoMetricsAndComputesTheBudgetExecutionRateProjectCompletionAndUnitCosts() {
        stub(2081);
        enter(2081);
        JsonPath run = run(ORG, 2081);
        assertEquals("SPENDING", metric(run, "spending.spent").get("source"));
        assertDecimal("1870000", metric(run, "spending.budget.adjusted").get("value"));
        assertDecimal("1840000", metric(run, "spending.budget.initial").get("value"));
        assertDecimal("1797070", metric(run, "spending.spent").get("value"));
        assertDecimal("199500", metric(run, "spending.project.legalAidSubsidy.spent").get("value"));
        assertEquals("项目：法律援助办案补贴", metric(run, "spending.project.legalAidSubsidy.spent").get("note"));
        // 1,797,070 ÷ 1,870,000 = 96.1 %
        assertOk(run, "SPENDING_EXECUTION_RATE", "96.1");
        assertEquals("预算执行率", indicator(run, "SPENDING_EXECUTION_RATE").get("name"));
        assertOk(run, "SPENDING_SPENT", "179.71");
        // two of three projects with an output target reached it
        assertOk(run, "SPENDING_PROJECT_COMPLETION_RATE", "66.7");
        // 199,500 ÷ 380 cases paid; 37,570 ÷ 221 dossiers
        assertOk(run, "SPENDING_LEGALAID_SUBSIDY_PER_CASE", "525");
        assertOk(run, "SPENDING_MEDIATION_REWARD_PER_DOSSIER", "170");
    }

    @Test
    void theDefaultScorecardScoresTheSpendingLeafInProportionToTheExecutionRate() {
        stub(2082);
        enter(2082);
        JsonPath run = run(ORG, 2082);
        assertEquals("DISTRICT_BUREAU", run.getString("scorecard.code"));
        assertTrue(run.getInt("scorecard.definitionVersion") >= 2, "V18 writes the next version of the default scorecard");
        Map<String, Object> spending = leaf(run, "PROCESS_SPENDING");
        assertEquals("PROPORTIONAL", spending.get("method"));
        // 96.1 % of 8 points
        assertDecimal("7.69", spending.get("score"));
        assertTrue(String.valueOf(spending.get("reason")).contains("按比例得7.69分（满分8分）"), spending::toString);
    }

    @Test
    void aYearWithoutSpendingScoresTheLeafZeroAndSaysSoAndAQuarterRunTakesNoSpending() {
        stub(2083);
        JsonPath none = run(ORG, 2083);
        assertEquals("NO_DATA", indicator(none, "SPENDING_EXECUTION_RATE").get("status"));
        assertDecimal("0", leaf(none, "PROCESS_SPENDING").get("score"));
        assertTrue(String.valueOf(leaf(none, "PROCESS_SPENDING").get("reason")).contains("不得分"));
        assertEquals(List.of("本期无预算支出数据（预算支出按年度录入，在年度评价中计入）。"),
                paragraphs(report(none.getString("id")), "SPENDING"));

        enter(2083);
        LineStubs.answerAll(ORG, LocalDate.of(2083, 4, 1), LocalDate.of(2083, 6, 30), corrections2021(), mediation2021(), legalAid2021());
        JsonPath quarter = as("evaluator", DISTRICT).body("{\"orgUnit\":\"" + ORG + "\",\"year\":2083,\"quarter\":2}")
                .post(RUNS).then().statusCode(201).extract().jsonPath();
        assertNull(quarter.getMap("metrics.find { it.name == 'spending.spent' }"));
        assertEquals("NO_DATA", quarter.getString("indicators.find { it.code == 'SPENDING_EXECUTION_RATE' }.status"));
    }

    @Test
    void theReportSaysTheYearsBudgetExecutionWithALinePerProject() {
        stub(2084);
        enter(2084);
        // projects in the order of their codes
        List<String> text = paragraphs(report(run(ORG, 2084).getString("id")), "SPENDING");
        assertEquals(List.of(
                "全年预算187.00万元，实际支出179.71万元，预算执行率96.1%（年初预算184.00万元）。",
                "其中基本支出148.00万元，项目支出31.71万元。",
                "社区矫正经费：预算10.00万元，实际支出8.00万元，执行率80.0%，产出目标12次，实际完成10次。",
                "法律援助办案补贴：预算21.00万元，实际支出19.95万元，执行率95.0%，产出目标380件，实际完成395件。",
                "人民调解“以奖代补”：预算4.00万元，实际支出3.76万元，执行率93.9%，产出目标221份，实际完成221份。",
                "项目完成率66.7%（设定产出目标的项目3个，达到目标2个）。",
                "法律援助案均补贴525.00元，以奖代补卷均金额170.00元。"), text);
    }
}
