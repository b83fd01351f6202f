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
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.assertOk;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.corrections2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.indicator;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.legalAid2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.mediation2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.rule;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.run;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.assertFraction;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.paragraphs;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.report;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20: legal-aid case subsidies (办案补贴) in a run and its report (V12): the amount owed for the cases closed in the
 * period, the amount paid in it (法律援助办案补贴发放金额) and the subsidy per case paid (每案补贴), exact and written to the
 * fen, from the line's legalaid.subsidies.* figures.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class LegalAidSubsidyIndicatorsTest {

    /** A year and a township no other test class uses. */
    static final int YEAR = 2033;
    static final String ORG = "430503011000";
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static void stub(Map<String, Number> legalAid) {
        LineStubs.answerBoth(LineStubs.CORRECTIONS, ORG, FROM, TO, null, corrections2021());
        LineStubs.answerBoth(LineStubs.MEDIATION, ORG, FROM, TO, null, mediation2021());
        LineStubs.answerBoth(LineStubs.LEGAL_AID, ORG, FROM, TO, null, legalAid);
    }

    @Test
    void theSubsidiesPaidAndTheSubsidyPerCaseAreExactAndTheReportQuotesThem() {
        Map<String, Number> legalAid = new LinkedHashMap<>(legalAid2021());
        legalAid.put("legalaid.subsidies.due.amount", new BigDecimal("40000.00"));
        legalAid.put("legalaid.subsidies.paid.amount", new BigDecimal("37215.50"));
        legalAid.put("legalaid.subsidies.paid.cases", 30);
        stub(legalAid);

        JsonPath run = run(ORG, YEAR);
        assertEquals("COMPLETE", run.getString("status"));
        assertOk(run, "LEGALAID_SUBSIDY_DUE", "40000.00");
        assertOk(run, "LEGALAID_SUBSIDY_PAID", "37215.50");
        assertEquals("法律援助办案补贴发放金额", indicator(run, "LEGALAID_SUBSIDY_PAID").get("name"));
        // 37215.50 ÷ 30 = 1240.5166…, to the fen
        assertOk(run, "LEGALAID_SUBSIDY_PER_CASE", "1240.52");
        assertFraction(indicator(run, "LEGALAID_SUBSIDY_PER_CASE"), "37215.50", "30");
        assertEquals("PASS", rule(run, "LEGALAID_SUBSIDY_PAID_CASES_NOT_ABOVE_CLOSED").get("result"));

        List<String> text = paragraphs(report(run.getString("id")), "LEGAL_AID");
        assertTrue(text.contains("办案补贴：本期结案案件应发40000.00元，发放法律援助办案补贴37215.50元，涉及案件30件，每案补贴1240.52元。"),
                () -> String.valueOf(text));
    }

    @Test
    void withNothingPaidTheAmountIsZeroAndThePerCaseSubsidyIsNotComputed() {
        Map<String, Number> legalAid = new LinkedHashMap<>(legalAid2021());
        legalAid.put("legalaid.subsidies.paid.amount", new BigDecimal("0.00"));
        legalAid.put("legalaid.subsidies.paid.cases", 0);
        stub(legalAid);

        JsonPath run = run(ORG, YEAR);
        assertOk(run, "LEGALAID_SUBSIDY_PAID", "0");
        assertEquals("NO_DATA", indicator(run, "LEGALAID_SUBSIDY_PER_CASE").get("status"));
        assertEquals(Boolean.TRUE, indicator(run, "LEGALAID_SUBSIDY_PER_CASE").get("zeroDenominator"));
        List<String> text = paragraphs(report(run.getString("id")), "LEGAL_AID");
        assertTrue(text.contains("办案补贴：发放法律援助办案补贴0.00元，涉及案件0件。"), () -> String.valueOf(text));
        assertFalse(text.stream().anyMatch(p -> p.contains("每案补贴")), () -> String.valueOf(text));
    }

    @Test
    void theDefaultIndicatorsAreVersionOneWithTheirHistory() {
        String id = as("evaluator", DISTRICT).queryParam("code", "LEGALAID_SUBSIDY_PER_CASE").get(DefinitionResourceTest.INDICATORS)
                .then().statusCode(200)
                .body("items[0].numerator", equalTo("legalaid.subsidies.paid.amount"))
                .body("items[0].denominator", equalTo("legalaid.subsidies.paid.cases"))
                .body("items[0].unit", equalTo("元"))
                .body("items[0].version", equalTo(1)).extract().path("items[0].id");
        as("evaluator", DISTRICT).get(DefinitionResourceTest.INDICATORS + "/" + id + "/versions").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].version", equalTo(1));
    }
}
