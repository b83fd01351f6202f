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
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: the default timeliness indicators (审查及时率, 按期报到率, 调查评估按期完成率, 纠纷按期调结率)
 * over the deadline figures the lines publish ({@code <base>.due|.onTime|.late|.overdue}, stubbed here
 * at the service boundary), and the report sentences that quote them.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class TimelinessIndicatorsTest {

    /** A year no other test class uses. */
    static final int YEAR = 2026;
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    /** The four figures of one deadline, as the kit's {@code Deadlines.timeliness()} names them. */
    static void deadline(Map<String, Number> metrics, String base, int due, int onTime, int late, int overdue) {
        metrics.put(base + ".due", due);
        metrics.put(base + ".onTime", onTime);
        metrics.put(base + ".late", late);
        metrics.put(base + ".overdue", overdue);
    }

    static void stub(String org, Map<String, Number> corrections, Map<String, Number> mediation, Map<String, Number> legalAid) {
        LineStubs.answerAll(org, FROM, TO, corrections, mediation, legalAid);
    }

    static JsonPath report(String runId) {
        return as("evaluator", DISTRICT).accept("application/json").get(RUNS + "/" + runId + "/report").then()
                .statusCode(200).contentType(containsString("application/json")).extract().jsonPath();
    }

    static List<String> paragraphs(JsonPath report, String section) {
        return report.getList("sections.find { it.key == '" + section + "' }.paragraphs", String.class);
    }

    static void assertFraction(Map<String, Object> indicator, String numerator, String denominator) {
        assertEquals(0, new BigDecimal(numerator).compareTo(new BigDecimal(String.valueOf(indicator.get("numerator")))), indicator::toString);
        assertEquals(0, new BigDecimal(denominator).compareTo(new BigDecimal(String.valueOf(indicator.get("denominator")))), indicator::toString);
    }

    @Test
    void aRunComputesEachTimelinessRateOverTheItemsWithAnOutcomeAndTheReportQuotesItInItsLinesSection() {
        String org = "430503008000";
        Map<String, Number> corrections = new LinkedHashMap<>(corrections2021());
        deadline(corrections, "corrections.subjects.reportIn", 12, 11, 1, 0);
        // one investigation due in the year is still open and not yet late: due, but neither on time nor late
        deadline(corrections, "corrections.investigations.completion", 9, 6, 1, 1);
        // resettlement's clock is published by the corrections service under its own record's name
        deadline(corrections, "resettlement.persons.contact", 5, 4, 1, 0);
        deadline(corrections, "corrections.subjects.release", 3, 3, 0, 0);
        Map<String, Number> mediation = new LinkedHashMap<>(mediation2021());
        deadline(mediation, "mediation.disputes.conclusion", 31, 30, 0, 1);
        deadline(mediation, "mediation.agreements.judicialConfirmation", 2, 2, 0, 0);
        Map<String, Number> legalAid = new LinkedHashMap<>(legalAid2021());
        deadline(legalAid, "legalaid.applications.review", 20, 17, 2, 1);
        deadline(legalAid, "legalaid.cases.assignment", 15, 15, 0, 0);
        deadline(legalAid, "legalaid.cases.noticeAssignment", 4, 3, 1, 0);
        stub(org, corrections, mediation, legalAid);

        JsonPath run = run(org, YEAR);
        assertEquals("COMPLETE", run.getString("status"), "every line's answer is accepted with its deadline figures");
        // the three lines and the cross-line figures (issue 22)
        assertEquals(List.of("AVAILABLE", "AVAILABLE", "AVAILABLE", "AVAILABLE"), run.getList("lines.status"));
        assertEquals("CORRECTIONS_SERVICE", metric(run, "resettlement.persons.contact.onTime").get("source"));
        assertEquals("LEGAL_AID_SERVICE", metric(run, "legalaid.cases.noticeAssignment.late").get("source"));

        assertOk(run, "LEGALAID_REVIEW_TIMELINESS_RATE", "85.0");
        assertFraction(indicator(run, "LEGALAID_REVIEW_TIMELINESS_RATE"), "17", "20");
        assertEquals("审查及时率", indicator(run, "LEGALAID_REVIEW_TIMELINESS_RATE").get("name"));
        assertEquals("%", indicator(run, "LEGALAID_REVIEW_TIMELINESS_RATE").get("unit"));
        assertOk(run, "CORRECTIONS_REPORT_IN_RATE", "91.7");
        assertFraction(indicator(run, "CORRECTIONS_REPORT_IN_RATE"), "11", "12");
        assertOk(run, "CORRECTIONS_INVESTIGATION_TIMELINESS_RATE", "75.0");
        assertFraction(indicator(run, "CORRECTIONS_INVESTIGATION_TIMELINESS_RATE"), "6", "8");
        assertOk(run, "MEDIATION_CONCLUSION_TIMELINESS_RATE", "96.8");
        assertFraction(indicator(run, "MEDIATION_CONCLUSION_TIMELINESS_RATE"), "30", "31");

        JsonPath report = report(run.getString("id"));
        assertTrue(paragraphs(report, "LEGAL_AID").contains("法律援助申请审查及时率为85.0%（按期17件，逾期2件，逾期未办1件）。"),
                () -> String.valueOf(paragraphs(report, "LEGAL_AID")));
        assertTrue(paragraphs(report, "CORRECTIONS").contains("社区矫正对象按期报到率为91.7%（按期报到11人，逾期报到1人，逾期未报到0人）。"),
                () -> String.valueOf(paragraphs(report, "CORRECTIONS")));
        assertTrue(paragraphs(report, "CORRECTIONS").contains("调查评估按期完成率为75.0%（按期完成6例，逾期完成1例，逾期未完成1例）。"),
                () -> String.valueOf(paragraphs(report, "CORRECTIONS")));
        assertTrue(paragraphs(report, "MEDIATION").contains("纠纷按期调结率为96.8%（按期调结30件，逾期调结0件，逾期未调结1件）。"),
                () -> String.valueOf(paragraphs(report, "MEDIATION")));
        Map<String, Object> row = report.getMap("indicators.find { it.code == 'MEDIATION_CONCLUSION_TIMELINESS_RATE' }");
        assertEquals("MEDIATION", row.get("section"));
        assertEquals("RATE", row.get("kind"));
        assertEquals("30 / 31", row.get("actualText"));
        assertEquals("96.8%", row.get("rateText"));
        assertEquals("人民调解服务", row.get("sources"));

        String html = as("evaluator", DISTRICT).accept("text/html").get(RUNS + "/" + run.getString("id") + "/report").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("法律援助申请审查及时率为85.0%（按期17件，逾期2件，逾期未办1件）。"));
    }

    @Test
    void aTimelinessRateWithNothingCountedHasNoValueNotZeroAndTheReportSaysWhy() {
        String org = "430503009000";
        Map<String, Number> legalAid = new LinkedHashMap<>(legalAid2021());
        // three applications fall due in the period, none decided or overdue yet: nothing to rate
        deadline(legalAid, "legalaid.applications.review", 3, 0, 0, 0);
        Map<String, Number> corrections = new LinkedHashMap<>(corrections2021());
        deadline(corrections, "corrections.subjects.reportIn", 0, 0, 0, 0);
        // mediation does not publish its deadline figures (a line without clocks yet): no data, no sentence
        stub(org, corrections, mediation2021(), legalAid);

        JsonPath run = run(org, YEAR);
        assertEquals("COMPLETE", run.getString("status"));
        for (String code : List.of("LEGALAID_REVIEW_TIMELINESS_RATE", "CORRECTIONS_REPORT_IN_RATE")) {
            Map<String, Object> i = indicator(run, code);
            assertEquals("NO_DATA", i.get("status"), code);
            assertNull(i.get("value"), code + " has no value, not 0 %");
            assertEquals(Boolean.TRUE, i.get("zeroDenominator"), code);
        }
        Map<String, Object> conclusion = indicator(run, "MEDIATION_CONCLUSION_TIMELINESS_RATE");
        assertEquals("NO_DATA", conclusion.get("status"));
        assertNull(conclusion.get("value"));
        assertEquals(Boolean.FALSE, conclusion.get("zeroDenominator"));
        assertTrue(String.valueOf(conclusion.get("reason")).contains("mediation.disputes.conclusion.onTime"), () -> conclusion.toString());

        JsonPath report = report(run.getString("id"));
        assertTrue(paragraphs(report, "LEGAL_AID").contains("法律援助申请审查：本期无已审查或逾期未审查的到期申请，审查及时率不计算。"),
                () -> String.valueOf(paragraphs(report, "LEGAL_AID")));
        assertTrue(paragraphs(report, "CORRECTIONS").contains("社区矫正对象报到：本期无已报到或逾期未报到的到期对象，按期报到率不计算。"),
                () -> String.valueOf(paragraphs(report, "CORRECTIONS")));
        String all = String.join("", report.getList("sections.paragraphs.flatten()", String.class));
        assertFalse(all.contains("及时率为"), all);
        assertFalse(all.contains("按期报到率为"), all);
        assertFalse(all.contains("调结"), "a line that publishes no deadline figures gets no sentence: " + all);
        assertEquals("无法计算（分母为0）",
                report.getString("indicators.find { it.code == 'LEGALAID_REVIEW_TIMELINESS_RATE' }.rateText"));
    }
}
