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
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.run;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.paragraphs;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.report;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20: the default indicators 以奖代补发放金额 (万元) and 以奖代补卷宗数 over what the mediation line reports paid in the
 * period (V14), and the seed's sentence «针对上年度221份调解卷宗，发放“以奖代补”3.7万余元» in the report.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class RewardPaymentIndicatorsTest {

    /** A year and a township no other test class uses together. */
    static final int YEAR = 2032;
    static final String ORG = "430503009000";

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static void stub(Number dossiers, Number amount) {
        Map<String, Number> mediation = new LinkedHashMap<>(mediation2021());
        mediation.put("mediation.rewards.paid.dossiers", dossiers);
        mediation.put("mediation.rewards.paid.amount", amount);
        mediation.put("mediation.rewards.paid.mediators", 12);
        LineStubs.answerAll(ORG, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), corrections2021(), mediation, legalAid2021());
    }

    @Test
    void theAmountPaidIsInTenThousandYuanAndTheReportSaysItAsTheSeedDoes() {
        stub(221, new BigDecimal("37570.00"));
        JsonPath run = run(ORG, YEAR);
        assertEquals("COMPLETE", run.getString("status"));
        assertOk(run, "REWARD_PAYMENT_AMOUNT", "3.76");
        assertEquals("万元", indicator(run, "REWARD_PAYMENT_AMOUNT").get("unit"));
        assertEquals("以奖代补发放金额", indicator(run, "REWARD_PAYMENT_AMOUNT").get("name"));
        assertOk(run, "REWARD_PAYMENT_DOSSIERS", "221");
        assertEquals("以奖代补卷宗数", indicator(run, "REWARD_PAYMENT_DOSSIERS").get("name"));

        List<String> text = paragraphs(report(run.getString("id")), "MEDIATION");
        // 3.757万 is written 3.7万余: the seed's way, one decimal cut (not rounded up to 3.8) and 余 for the rest
        assertTrue(text.contains("针对上年度221份调解卷宗，发放“以奖代补”3.7万余元。"), () -> String.valueOf(text));
    }

    @Test
    void aRoundSumHasNoYuAndASmallOneIsWrittenInYuan() {
        stub(100, new BigDecimal("40000.00"));
        List<String> round = paragraphs(report(run(ORG, YEAR).getString("id")), "MEDIATION");
        assertTrue(round.contains("针对上年度100份调解卷宗，发放“以奖代补”4万元。"), () -> String.valueOf(round));

        reset();
        stub(30, new BigDecimal("8500.50"));
        List<String> small = paragraphs(report(run(ORG, YEAR).getString("id")), "MEDIATION");
        assertTrue(small.contains("针对上年度30份调解卷宗，发放“以奖代补”8500.5元。"), () -> String.valueOf(small));
    }

    @Test
    void aPeriodWithNothingPaidSaysSoInsteadOfZeroDossiersAndZeroYuan() {
        stub(0, new BigDecimal("0.00"));
        JsonPath run = run(ORG, YEAR);
        assertOk(run, "REWARD_PAYMENT_AMOUNT", "0");
        List<String> text = paragraphs(report(run.getString("id")), "MEDIATION");
        assertTrue(text.contains("本期未发放“以奖代补”。"), () -> String.valueOf(text));
        assertFalse(text.stream().anyMatch(p -> p.contains("0份调解卷宗")), () -> String.valueOf(text));
    }

    @Test
    void theDefaultsAreVersionOneWithTheirHistory() {
        as("evaluator", DISTRICT).queryParam("code", "REWARD_PAYMENT_AMOUNT").get(DefinitionResourceTest.INDICATORS)
                .then().statusCode(200)
                .body("items[0].numerator", equalTo("mediation.rewards.paid.amount"))
                .body("items[0].denominator", equalTo("1"))
                .body("items[0].unit", equalTo("万元"))
                .body("items[0].version", equalTo(1));
        as("evaluator", DISTRICT).queryParam("code", "REWARD_PAYMENT_DOSSIERS").get(DefinitionResourceTest.INDICATORS)
                .then().statusCode(200).body("items[0].numerator", equalTo("mediation.rewards.paid.dossiers"));
        String id = as("evaluator", DISTRICT).queryParam("code", "REWARD_PAYMENT_AMOUNT").get(DefinitionResourceTest.INDICATORS)
                .then().statusCode(200).extract().path("items[0].id");
        as("evaluator", DISTRICT).get(DefinitionResourceTest.INDICATORS + "/" + id + "/versions").then().statusCode(200)
                .body("items.version", equalTo(List.of(1)));
    }
}
