package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.assertOk;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.corrections2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.indicator;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.legalAid2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.mediation2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.rule;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.run;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.assertFraction;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.deadline;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.paragraphs;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.report;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20 (V11): 通知辩护按期指派率 over the legal-aid line's notice-assignment clock (法律援助法第三十六条, 3 日),
 * 值班律师服务人次, the notified and advance cases, their rules, and the report's sentences.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class LegalAidNoticeAndDutyLawyerIndicatorsTest {

    /** A year and a township no other test class uses. */
    static final int YEAR = 2033;
    static final String ORG = "430503004000";
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static void stub(Map<String, Number> legalAid) {
        LineStubs.answerAll(ORG, FROM, TO, corrections2021(), mediation2021(), legalAid);
    }

    @Test
    void theNoticeAssignmentRateCountsTheNotifiedCasesWithAnOutcomeAndTheReportQuotesItWithTheDutyLawyersServices() {
        Map<String, Number> legalAid = new LinkedHashMap<>(legalAid2021());
        // 25 notices due in the year: 18 assigned within 3 日, 1 late, 1 still unassigned past its day, 5 not yet due
        deadline(legalAid, "legalaid.cases.noticeAssignment", 25, 18, 1, 1);
        legalAid.put("legalaid.cases.notified", 24);
        legalAid.put("legalaid.cases.advance", 3);
        legalAid.put("legalaid.dutyLawyer.services", 412);
        legalAid.put("legalaid.dutyLawyer.pleaWitness", 131);
        legalAid.put("legalaid.dutyLawyer.coerciveMeasure", 7);
        legalAid.put("legalaid.dutyLawyer.aidApplication", 15);
        stub(legalAid);

        JsonPath run = run(ORG, YEAR);
        assertEquals("COMPLETE", run.getString("status"));
        assertOk(run, "LEGALAID_NOTICE_ASSIGNMENT_RATE", "90.0");
        assertFraction(indicator(run, "LEGALAID_NOTICE_ASSIGNMENT_RATE"), "18", "20");
        assertEquals("通知辩护按期指派率", indicator(run, "LEGALAID_NOTICE_ASSIGNMENT_RATE").get("name"));
        assertOk(run, "LEGALAID_DUTY_LAWYER_SERVICES", "412");
        assertEquals("人次", indicator(run, "LEGALAID_DUTY_LAWYER_SERVICES").get("unit"));
        assertOk(run, "LEGALAID_NOTIFIED_CASES", "24");
        assertOk(run, "LEGALAID_ADVANCE_CASES", "3");
        assertEquals("PASS", rule(run, "LEGALAID_NOTIFIED_NOT_ABOVE_ACCEPTED").get("result"));
        assertEquals("PASS", rule(run, "LEGALAID_DUTY_PLEA_WITNESS_NOT_ABOVE_SERVICES").get("result"));

        List<String> text = paragraphs(report(run.getString("id")), "LEGAL_AID");
        assertTrue(text.contains("通知辩护按期指派率为90.0%（按期指派18件，逾期指派1件，逾期未指派1件）。"), () -> String.valueOf(text));
        assertTrue(text.contains("值班律师：提供法律帮助412人次，其中认罪认罚见证131人次，申请变更强制措施7人次，帮助申请法律援助15人次。"),
                () -> String.valueOf(text));
        assertTrue(text.contains("受理人民法院、人民检察院、公安机关通知辩护（代理）案件24件，先行提供法律援助3件。"), () -> String.valueOf(text));
    }

    @Test
    void withNoNoticeDueTheRateHasNoValueAndMoreWitnessingsThanServicesFailTheRule() {
        Map<String, Number> legalAid = new LinkedHashMap<>(legalAid2021());
        deadline(legalAid, "legalaid.cases.noticeAssignment", 0, 0, 0, 0);
        legalAid.put("legalaid.dutyLawyer.services", 10);
        legalAid.put("legalaid.dutyLawyer.pleaWitness", 11);
        stub(legalAid);

        JsonPath run = run(ORG, YEAR);
        assertEquals("NO_DATA", indicator(run, "LEGALAID_NOTICE_ASSIGNMENT_RATE").get("status"));
        assertEquals(Boolean.TRUE, indicator(run, "LEGALAID_NOTICE_ASSIGNMENT_RATE").get("zeroDenominator"));
        assertEquals("FAIL", rule(run, "LEGALAID_DUTY_PLEA_WITNESS_NOT_ABOVE_SERVICES").get("result"));
        assertEquals("SKIPPED", rule(run, "LEGALAID_NOTIFIED_NOT_ABOVE_ACCEPTED").get("result"), "nobody reported notified cases");
        List<String> text = paragraphs(report(run.getString("id")), "LEGAL_AID");
        assertTrue(text.contains("通知辩护指派：本期无已指派或逾期未指派的到期通知案件，按期指派率不计算。"), () -> String.valueOf(text));
        assertFalse(text.stream().anyMatch(p -> p.contains("通知辩护按期指派率为")), () -> String.valueOf(text));
    }

    @Test
    void theNewDefaultsAreVersionOneWithTheirHistory() {
        as("evaluator", DISTRICT).queryParam("code", "LEGALAID_NOTICE_ASSIGNMENT_RATE").get(DefinitionResourceTest.INDICATORS)
                .then().statusCode(200)
                .body("items[0].numerator", equalTo("legalaid.cases.noticeAssignment.onTime"))
                .body("items[0].version", equalTo(1));
        as("evaluator", DISTRICT).queryParam("code", "LEGALAID_DUTY_LAWYER_SERVICES").get(DefinitionResourceTest.INDICATORS)
                .then().statusCode(200).body("items[0].denominator", equalTo("1")).body("items[0].nameZh", equalTo("值班律师服务人次"));
    }
}
