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
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.paragraphs;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.report;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20: 司法确认申请数, 司法确认率 (confirmed ÷ ruled) and 委托移送纠纷反馈率 (fed back ÷ referred disputes concluded)
 * are default indicators (V13), and the report's mediation section quotes them with their counts.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class MediationConfirmationReferralTest {

    /** A year no other test class uses (翠园街道's runs of other years are other tests'). */
    static final int YEAR = 2032;
    static final String ORG = "430503005000";
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static void stub(Map<String, Number> mediation) {
        LineStubs.answerAll(ORG, FROM, TO, corrections2021(), mediation, legalAid2021());
    }

    @Test
    void confirmationsAndFeedBackReferralsGiveTheirIndicatorsAndTheReportQuotesThem() {
        Map<String, Number> mediation = new LinkedHashMap<>(mediation2021());
        mediation.put("mediation.agreements.judicialConfirmation.applied", 12);
        mediation.put("mediation.agreements.judicialConfirmation.ruled", 10);
        mediation.put("mediation.agreements.judicialConfirmation.confirmed", 9);
        mediation.put("mediation.agreements.judicialConfirmation.rejected", 1);
        mediation.put("mediation.referrals.concluded", 40);
        mediation.put("mediation.referrals.fedBack", 38);
        stub(mediation);

        JsonPath run = run(ORG, YEAR);
        assertEquals("COMPLETE", run.getString("status"));
        assertOk(run, "MEDIATION_JUDICIAL_CONFIRMATION_APPLICATIONS", "12");
        assertEquals("司法确认申请数", indicator(run, "MEDIATION_JUDICIAL_CONFIRMATION_APPLICATIONS").get("name"));
        assertOk(run, "MEDIATION_JUDICIAL_CONFIRMATION_RATE", "90.0");
        assertFraction(indicator(run, "MEDIATION_JUDICIAL_CONFIRMATION_RATE"), "9", "10");
        assertOk(run, "MEDIATION_REFERRAL_FEEDBACK_RATE", "95.0");
        assertFraction(indicator(run, "MEDIATION_REFERRAL_FEEDBACK_RATE"), "38", "40");
        assertEquals("委托移送纠纷反馈率", indicator(run, "MEDIATION_REFERRAL_FEEDBACK_RATE").get("name"));
        assertEquals("PASS", rule(run, "MEDIATION_CONFIRMED_NOT_ABOVE_RULED").get("result"));
        assertEquals("PASS", rule(run, "MEDIATION_FED_BACK_NOT_ABOVE_REFERRED").get("result"));

        List<String> text = paragraphs(report(run.getString("id")), "MEDIATION");
        assertTrue(text.contains("当事人申请司法确认调解协议12件，经人民法院裁定确认有效9件，裁定驳回1件，司法确认率90.0%。"),
                () -> String.valueOf(text));
        assertTrue(text.contains("委托移送纠纷反馈率为95.0%（调结40件，已向移送机关反馈38件）。"), () -> String.valueOf(text));
    }

    @Test
    void withNoReferredDisputeConcludedTheFeedbackRateIsNotComputedAndTheReportSaysSo() {
        Map<String, Number> mediation = new LinkedHashMap<>(mediation2021());
        mediation.put("mediation.referrals.concluded", 0);
        mediation.put("mediation.referrals.fedBack", 0);
        stub(mediation);

        JsonPath run = run(ORG, YEAR);
        assertEquals("NO_DATA", indicator(run, "MEDIATION_REFERRAL_FEEDBACK_RATE").get("status"));
        assertEquals(Boolean.TRUE, indicator(run, "MEDIATION_REFERRAL_FEEDBACK_RATE").get("zeroDenominator"));
        List<String> text = paragraphs(report(run.getString("id")), "MEDIATION");
        assertTrue(text.contains("委托移送纠纷反馈：本期无调结的法院委托、公安移送、信访移送或政府交办纠纷，反馈率不计算。"),
                () -> String.valueOf(text));
        assertFalse(text.stream().anyMatch(p -> p.contains("反馈率为")), () -> String.valueOf(text));
    }

    @Test
    void theNewDefaultIndicatorsAreVersionOneWithTheirHistory() {
        for (String code : List.of("MEDIATION_JUDICIAL_CONFIRMATION_APPLICATIONS", "MEDIATION_JUDICIAL_CONFIRMATION_RATE",
                "MEDIATION_REFERRAL_FEEDBACK_RATE")) {
            as("evaluator", DISTRICT).queryParam("code", code).get(DefinitionResourceTest.INDICATORS).then().statusCode(200)
                    .body("items[0].code", equalTo(code)).body("items[0].version", equalTo(1));
        }
        as("evaluator", DISTRICT).queryParam("code", "MEDIATION_REFERRAL_FEEDBACK_RATE").get(DefinitionResourceTest.INDICATORS)
                .then().body("items[0].numerator", equalTo("mediation.referrals.fedBack"))
                .body("items[0].denominator", equalTo("mediation.referrals.concluded"));
    }
}
