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
 * Issue 19: 刑满释放人员衔接率 is the prison releases handed over ÷ those notified in the period (V10, in place of V6's
 * hand-overs from correction ÷ everyone received, under which a prison release never counted); the same for the persons
 * released from correction; the report quotes both with their counts.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class ResettlementHandoverRateTest {

    /** A year and a township no other test class uses. */
    static final int YEAR = 2027;
    static final String ORG = "430503004000";
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = LocalDate.of(YEAR, 12, 31);

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static void stub(Map<String, Number> corrections) {
        LineStubs.answerAll(ORG, FROM, TO, corrections, mediation2021(), legalAid2021());
    }

    @Test
    void prisonReleasesHandedOverGiveTheRateOverThoseNotifiedWhateverTheHandOversFromCorrection() {
        Map<String, Number> corrections = new LinkedHashMap<>(corrections2021());
        // 40 released from prison with their notice, 36 handed over (picked up, handed over by the prison or contacted);
        // no hand-over from correction at all: under V6 the rate would have been 0 ÷ 213
        corrections.put("corrections.resettlement.linked", 0);
        corrections.put("corrections.resettlement.prisonReleases.notified", 40);
        corrections.put("corrections.resettlement.prisonReleases.handedOver", 36);
        corrections.put("corrections.resettlement.correctionReleases", 12);
        corrections.put("corrections.resettlement.correctionReleases.handedOver", 11);
        corrections.put("corrections.resettlement.visits", 95);
        stub(corrections);

        JsonPath run = run(ORG, YEAR);
        assertEquals("COMPLETE", run.getString("status"));
        assertOk(run, "RESETTLEMENT_HANDOVER_RATE", "90.0");
        assertFraction(indicator(run, "RESETTLEMENT_HANDOVER_RATE"), "36", "40");
        assertEquals("刑满释放人员衔接率", indicator(run, "RESETTLEMENT_HANDOVER_RATE").get("name"));
        assertOk(run, "CORRECTION_RELEASE_HANDOVER_RATE", "91.7");
        assertFraction(indicator(run, "CORRECTION_RELEASE_HANDOVER_RATE"), "11", "12");
        assertOk(run, "RESETTLEMENT_VISITS", "95");
        assertEquals("PASS", rule(run, "PRISON_HANDED_OVER_NOT_ABOVE_NOTIFIED").get("result"));
        assertEquals("PASS", rule(run, "CORRECTION_HANDED_OVER_NOT_ABOVE_RELEASED").get("result"));

        List<String> text = paragraphs(report(run.getString("id")), "CORRECTIONS");
        assertTrue(text.contains("刑满释放人员衔接率为90.0%（收到释放通知40人，已衔接36人）。"), () -> String.valueOf(text));
        assertTrue(text.contains("解除矫正人员衔接率为91.7%（解除矫正12人，已衔接11人）。"), () -> String.valueOf(text));
        assertTrue(text.stream().anyMatch(p -> p.contains("开展帮教走访95次")), () -> String.valueOf(text));
    }

    @Test
    void withNoPrisonReleaseNotifiedTheRateIsNotComputedAndTheReportSaysSo() {
        Map<String, Number> corrections = new LinkedHashMap<>(corrections2021());
        corrections.put("corrections.resettlement.prisonReleases.notified", 0);
        corrections.put("corrections.resettlement.prisonReleases.handedOver", 0);
        stub(corrections);

        JsonPath run = run(ORG, YEAR);
        assertEquals("NO_DATA", indicator(run, "RESETTLEMENT_HANDOVER_RATE").get("status"));
        assertEquals(Boolean.TRUE, indicator(run, "RESETTLEMENT_HANDOVER_RATE").get("zeroDenominator"));
        List<String> text = paragraphs(report(run.getString("id")), "CORRECTIONS");
        assertTrue(text.contains("刑满释放人员衔接：本期无收到释放通知的刑满释放人员，衔接率不计算。"), () -> String.valueOf(text));
        assertFalse(text.stream().anyMatch(p -> p.contains("刑满释放人员衔接率为")), () -> String.valueOf(text));
    }

    @Test
    void theDefaultIndicatorIsVersionTwoWithItsHistory() {
        as("evaluator", DISTRICT).queryParam("code", "RESETTLEMENT_HANDOVER_RATE").get(DefinitionResourceTest.INDICATORS)
                .then().statusCode(200)
                .body("items[0].numerator", equalTo("corrections.resettlement.prisonReleases.handedOver"))
                .body("items[0].denominator", equalTo("corrections.resettlement.prisonReleases.notified"))
                .body("items[0].version", equalTo(2));
    }
}
