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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.corrections2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.dec;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.legalAid2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.manualFigure;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.mediation2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.metric;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.run;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.target;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.paragraphs;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.report;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23, "every seed figure has a place": the manual-figure catalog (V19), entry validated against it, sub-period
 * figures summed within a run's period (labelled when they cover part of it, warned about when they straddle it),
 * opening balances added to cumulative figures, the derived «已超额完成…件» and «换届…人», and the catalog's sentences.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class ManualFigureCatalogTest {

    static final String CATALOG = "/api/v1/evaluation/manual-figures/catalog";
    static final String FIGURES = "/api/v1/evaluation/manual-figures";
    /** A year no other test class uses; each test its own township. */
    static final int YEAR = 2038;
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static void stub(String org) {
        LineStubs.answerAll(org, FROM, TO, corrections2021(), mediation2021(), legalAid2021());
    }

    long figures() {
        return Rows.count(dataSource, "SELECT count(*) FROM manual_figure");
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    @Test
    void theCatalogListsTheSeedsFiguresWithChineseNamesUnitsAndSentences() {
        as("township-clerk", "430503001000").get(CATALOG).then().statusCode(200)
                .body("metric", hasItems("team.study.political", "training.political.sessions", "training.sessions",
                        "team.officers.cameForward", "team.people.visited", "team.rectification.mechanisms", "publicity.events",
                        "publicity.modelSchools", "reconsideration.received", "enforcement.certifiedOfficers",
                        "normativeDocuments.ordersToCorrect", "mediationCommittees.reelected", "legalaid.cases.exceeded"))
                .body("find { it.metric == 'team.study.political' }.name", equalTo("政治学习次数"))
                .body("find { it.metric == 'team.study.political' }.unit", equalTo("次"))
                .body("find { it.metric == 'team.study.political' }.template", equalTo("举行政治学习%s次"))
                .body("find { it.metric == 'team.study.political' }.aggregation", equalTo("SUM"))
                .body("find { it.metric == 'training.political.attendances' }.unit", equalTo("人次"))
                .body("find { it.metric == 'training.sessions' }.unit", equalTo("班次"))
                .body("find { it.metric == 'publicity.lawSchools' }.aggregation", equalTo("LATEST"))
                .body("find { it.metric == 'corrections.subjects.received' }.openingBalance", equalTo(true))
                .body("find { it.metric == 'legalaid.cases.exceeded' }.kind", equalTo("DERIVED"));
    }

    @Test
    void aMetricOutsideTheCatalogADerivedOneOrAnOpeningBalanceWhereNoneIsAllowedIsRefusedAndNothingIsStored() {
        String body = """
                {"metric":"%s","orgUnit":"430503011000","from":"2038-01-01","to":"2038-12-31","value":3}
                """;
        long before = figures();
        for (String metric : List.of("team.study.politcal", "legalaid.cases.exceeded", "opening:team.study.political",
                "opening:publicity.events")) {
            as("evaluator", DISTRICT).body(body.formatted(metric)).post(FIGURES).then().statusCode(400)
                    .contentType(containsString("problem")).body("errors.field", hasItem("metric"))
                    .body("errors.message", hasItem(containsString(metric.replace("opening:", ""))));
        }
        assertEquals(before, figures());
        // a catalog figure, a line's metric (for a year before its records) and an allowed opening balance are taken
        as("evaluator", DISTRICT).body(body.formatted("team.study.political")).post(FIGURES).then().statusCode(201);
        as("evaluator", DISTRICT).body(body.formatted("mediation.disputes.mediated")).post(FIGURES).then().statusCode(201);
        as("evaluator", DISTRICT).body(body.formatted("opening:corrections.subjects.received")).post(FIGURES).then().statusCode(201);
        assertEquals(before + 3, figures());
    }

    @Test
    void monthlyFiguresAddUpToTheYearAndAStockTakesItsLatestFigure() {
        String org = "430503003000";
        stub(org);
        for (int month = 1; month <= 12; month++) {
            LocalDate first = date(month, 1);
            manualFigure(org, first, first.withDayOfMonth(first.lengthOfMonth()), "team.study.political", month == 3 ? "2" : "1");
        }
        manualFigure(org, date(7, 1), date(9, 30), "enforcement.certifiedOfficers", "360");
        manualFigure(org, date(10, 1), TO, "enforcement.certifiedOfficers", "372");
        JsonPath run = run(org, YEAR);
        Map<String, Object> political = metric(run, "team.study.political");
        assertEquals(0, new BigDecimal("13").compareTo(dec(political.get("value"))), political::toString);
        assertEquals("MANUAL", political.get("source"));
        assertNull(political.get("periodLabel"), "the twelve months cover the year");
        assertTrue(String.valueOf(political.get("note")).contains("12个分期填报数据之和"), political::toString);
        assertEquals(0, new BigDecimal("372").compareTo(dec(metric(run, "enforcement.certifiedOfficers").get("value"))));

        List<String> other = paragraphs(report(run.getString("id")), "OTHER");
        assertTrue(other.contains("学习教育：举行政治学习13次。"), () -> String.valueOf(other));
        assertTrue(other.contains("行政执法监督：持证执法人员372人。"), () -> String.valueOf(other));
    }

    @Test
    void aFigureForPartOfThePeriodCountsAndItsSentenceSaysWhatItCovers() {
        String org = "430503004000";
        stub(org);
        // 行政复议体制改革: the seed counts since 1 June 2021
        manualFigure(org, date(6, 1), TO, "reconsideration.received", "15");
        manualFigure(org, date(6, 1), TO, "reconsideration.concluded", "8");
        JsonPath run = run(org, YEAR);
        assertEquals("自2038年6月1日起", metric(run, "reconsideration.received").get("periodLabel"));
        RunResourceTest.assertOk(run, "RECONSIDERATION_CLOSURE_RATE", "53.3");
        List<String> other = paragraphs(report(run.getString("id")), "OTHER");
        assertTrue(other.contains("行政复议：共收到行政复议15件（自2038年6月1日起），审查办结8件，办结率53.3%。"), () -> String.valueOf(other));
    }

    @Test
    void aFigureStraddlingTheRunsBoundaryIsNotUsedAndTheRunWarns() {
        String org = "430503005000";
        stub(org);
        manualFigure(org, LocalDate.of(YEAR - 1, 12, 1), date(1, 31), "team.people.visited", "72");
        manualFigure(org, date(2, 1), date(2, 28), "team.people.forums", "7");
        JsonPath run = run(org, YEAR);
        assertNull(metric(run, "team.people.visited"), "a figure partly outside the period is not used");
        Map<String, Object> warning = run.getMap("warnings.find { it.code == 'MANUAL_FIGURE_STRADDLES' }");
        assertNotNull(warning, () -> String.valueOf(run.getList("warnings")));
        assertEquals("team.people.visited", warning.get("metric"));
        assertTrue(String.valueOf(warning.get("message")).contains("未采用"), warning::toString);
        List<String> other = paragraphs(report(run.getString("id")), "OTHER");
        assertTrue(other.contains("“我为群众办实事”：召开民情恳谈会7次（2038年2月1日至2038年2月28日）。"), () -> String.valueOf(other));
        assertFalse(String.join("", other).contains("走访群众"), () -> String.valueOf(other));
    }

    @Test
    void aServiceValueStillWinsOverManualFiguresOfItsMonths() {
        String org = "430503006000";
        stub(org);
        manualFigure(org, date(1, 1), date(1, 31), "mediation.disputes.mediated", "20");
        manualFigure(org, date(2, 1), date(2, 28), "mediation.disputes.mediated", "30");
        JsonPath run = run(org, YEAR);
        Map<String, Object> mediated = metric(run, "mediation.disputes.mediated");
        assertEquals("MEDIATION_SERVICE", mediated.get("source"));
        assertEquals(0, new BigDecimal("236").compareTo(dec(mediated.get("value"))));
        assertNotNull(run.getMap("warnings.find { it.code == 'MANUAL_FIGURE_DISAGREES' && it.metric == 'mediation.disputes.mediated' }"),
                () -> String.valueOf(run.getList("warnings")));
    }

    @Test
    void anOpeningBalanceIsAddedToTheLinesCumulativeFigureAndTheSourceSaysSo() {
        // an opening balance counts in every later run of its unit: a township no other test class uses
        String org = "430503203000";
        Map<String, Number> cumulative = new LinkedHashMap<>(corrections2021());
        cumulative.put("corrections.subjects.received", 600);
        LineStubs.answer(LineStubs.CORRECTIONS, org, FROM, TO, LineStubs.stats(org, FROM, TO, null, corrections2021()));
        LineStubs.answerCumulative(LineStubs.CORRECTIONS, org, TO, LineStubs.stats(org, null, TO, null, cumulative));
        LineStubs.answerBoth(LineStubs.MEDIATION, org, FROM, TO, null, mediation2021());
        LineStubs.answerBoth(LineStubs.LEGAL_AID, org, FROM, TO, null, legalAid2021());
        // received before the platform's records began (期初数), as of the day before
        manualFigure(org, LocalDate.of(2003, 1, 1), LocalDate.of(YEAR - 1, 12, 31), "opening:corrections.subjects.received", "327");
        JsonPath run = run(org, YEAR);
        Map<String, Object> received = metric(run, "cumulative:corrections.subjects.received");
        assertEquals(0, new BigDecimal("927").compareTo(dec(received.get("value"))), received::toString);
        assertTrue(String.valueOf(received.get("note")).contains("期初数327（截至2037年12月31日）"), received::toString);
        assertEquals(0, new BigDecimal("120").compareTo(dec(metric(run, "corrections.subjects.received").get("value"))),
                "the period's own figure is not touched");
        List<String> corrections = paragraphs(report(run.getString("id")), "CORRECTIONS");
        assertTrue(corrections.get(0).contains("截至期末累计接收社区矫正对象927人"), () -> String.valueOf(corrections));
    }

    @Test
    void theExcessOverTheTargetAndTheReElectedMediatorsAreDerived() {
        String org = "430503008000";
        stub(org);
        target(org, YEAR, "legalaid.cases.accepted", "380");
        manualFigure(org, FROM, TO, "mediationCommittees.reelected.township", "60");
        manualFigure(org, FROM, TO, "mediationCommittees.reelected.village", "280");
        manualFigure(org, FROM, TO, "mediationCommittees.reelected.sectoral", "30");
        JsonPath run = run(org, YEAR);
        Map<String, Object> exceeded = metric(run, "legalaid.cases.exceeded");
        assertEquals("DERIVED", exceeded.get("source"));
        assertEquals(0, new BigDecimal("213").compareTo(dec(exceeded.get("value"))));
        assertEquals(0, new BigDecimal("370").compareTo(dec(metric(run, "mediationCommittees.reelected").get("value"))));
        JsonPath report = report(run.getString("id"));
        List<String> legalAid = paragraphs(report, "LEGAL_AID");
        assertTrue(legalAid.get(0).contains("完成率为156.1%，已超额完成213件的目标任务"), () -> String.valueOf(legalAid));
        List<String> mediation = paragraphs(report, "MEDIATION");
        assertTrue(mediation.contains("组织乡镇（街道）、村（社区）、行业性和专业性人民调解委员会换届370人，其中乡镇（街道）60人，村（社区）280人，"
                + "行业性专业性30人。"), () -> String.valueOf(mediation));
    }

    @Test
    void belowTheTargetNothingIsExceededAndWithoutEveryLevelNoReElectionTotalIsWritten() {
        String org = "430503009000";
        stub(org);
        target(org, YEAR, "legalaid.cases.accepted", "700");
        manualFigure(org, FROM, TO, "mediationCommittees.reelected.village", "280");
        JsonPath run = run(org, YEAR);
        assertNull(metric(run, "legalaid.cases.exceeded"));
        assertNull(metric(run, "mediationCommittees.reelected"));
        JsonPath report = report(run.getString("id"));
        assertFalse(String.join("", paragraphs(report, "LEGAL_AID")).contains("超额"));
        assertTrue(paragraphs(report, "MEDIATION").contains("村（社区）280人。"), () -> String.valueOf(paragraphs(report, "MEDIATION")));
    }

    @Test
    void everyCatalogFigureEnteredForTheYearAppearsInASentenceOfItsSection() {
        String org = "430503010000";
        stub(org);
        JsonPath catalog = as("evaluator", DISTRICT).get(CATALOG).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> manual = catalog.getList("findAll { it.kind == 'MANUAL' && it.template != null }");
        assertTrue(manual.size() >= 40, "the seed's figures: " + manual.size());
        int value = 1;
        for (Map<String, Object> entry : manual) {
            manualFigure(org, FROM, TO, (String) entry.get("metric"), String.valueOf(value++));
        }
        JsonPath report = report(run(org, YEAR).getString("id"));
        value = 1;
        for (Map<String, Object> entry : manual) {
            String phrase = ((String) entry.get("template")).formatted(value++);
            List<String> section = paragraphs(report, (String) entry.get("section"));
            assertTrue(section.stream().anyMatch(p -> p.startsWith((String) entry.get("lead")) && p.contains(phrase)),
                    () -> phrase + " in " + section);
        }
        assertFalse(String.join("", paragraphs(report, "OTHER")).contains("其他人工填报数据"), "every figure has its sentence");
    }
}
