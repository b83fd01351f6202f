package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.evaluation.domain.Operator;
import cn.daxiang.justice.evaluation.domain.Severity;
import cn.daxiang.justice.evaluation.expression.Resolution;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalculatorTest {

    static IndicatorDefinition rate(String numerator, String denominator) {
        return new IndicatorDefinition("RATE", "比率", "Rate", numerator, denominator, new BigDecimal("100"), 1, "%",
                Direction.HIGHER_IS_BETTER, List.of(new Grade("优秀", new BigDecimal("95")), new Grade("合格", new BigDecimal("60"))),
                null, 3);
    }

    static Function<String, Resolution> values(Object... pairs) {
        Map<String, Resolution> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], Resolution.of(new BigDecimal(String.valueOf(pairs[i + 1]))));
        }
        return name -> m.getOrDefault(name, Resolution.missing("无数据：" + name));
    }

    static void assertValue(String expected, IndicatorResult r) {
        assertEquals(IndicatorResult.Status.OK, r.status(), r.reason());
        assertEquals(0, new BigDecimal(expected).compareTo(r.value()), () -> "value " + r.value());
        assertEquals(1, r.value().scale(), "rounded to the definition's decimals");
    }

    @Test
    void theSeedsRatesComeOutExactly() {
        assertValue("156.1", Calculator.indicator(rate("legalaid.cases.accepted", "target:legalaid.cases.accepted"),
                values("legalaid.cases.accepted", 593, "target:legalaid.cases.accepted", 380)));
        // 228 ÷ 236 = 96.61...%: 96.6, not the report's rounded 97
        assertValue("96.6", Calculator.indicator(rate("mediation.disputes.succeeded", "mediation.disputes.mediated"),
                values("mediation.disputes.succeeded", 228, "mediation.disputes.mediated", 236)));
        assertValue("53.3", Calculator.indicator(rate("reconsideration.concluded", "reconsideration.received"),
                values("reconsideration.concluded", 8, "reconsideration.received", 15)));
        IndicatorResult filing = Calculator.indicator(rate("normativeDocuments.filed", "normativeDocuments.reviewed"),
                values("normativeDocuments.filed", 7, "normativeDocuments.reviewed", 7));
        assertValue("100", filing);
        assertEquals("优秀", filing.grade());
        assertEquals(3, filing.definitionVersion());
        assertEquals(0, new BigDecimal("7").compareTo(filing.numerator()));
        assertEquals(0, new BigDecimal("7").compareTo(filing.denominator()));
        assertValue("100", Calculator.indicator(rate("corrections.resettlement.keyTargetsWithTeam", "corrections.resettlement.keyTargets"),
                values("corrections.resettlement.keyTargetsWithTeam", 47, "corrections.resettlement.keyTargets", 47)));
    }

    @Test
    void roundingIsHalfUp() {
        // 2 ÷ 3 = 66.666..% → 66.7; 1 ÷ 8 = 12.5% at 0 decimals → 13
        assertValue("66.7", Calculator.indicator(rate("a.b", "c.d"), values("a.b", 2, "c.d", 3)));
        IndicatorDefinition noDecimals = new IndicatorDefinition("R", "r", "r", "a.b", "c.d", new BigDecimal("100"), 0, "%",
                Direction.HIGHER_IS_BETTER, List.of(), null, 1);
        assertEquals(0, new BigDecimal("13").compareTo(Calculator.indicator(noDecimals, values("a.b", 1, "c.d", 8)).value()));
    }

    @Test
    void countsAreIndicatorsWithDenominatorOne() {
        IndicatorDefinition points = new IndicatorDefinition("LEGALAID_SERVICE_POINTS", "公共法律服务实体平台", "points",
                "legalaid.servicePoints.centers + legalaid.servicePoints.workstations + legalaid.servicePoints.workPoints", "1",
                BigDecimal.ONE, 0, "个", Direction.NEUTRAL, List.of(), null, 1);
        IndicatorResult r = Calculator.indicator(points, values("legalaid.servicePoints.centers", 1,
                "legalaid.servicePoints.workstations", 14, "legalaid.servicePoints.workPoints", 98));
        assertEquals(IndicatorResult.Status.OK, r.status());
        assertEquals(0, new BigDecimal("113").compareTo(r.value()));
        assertNull(r.grade(), "no grade for a neutral count");
    }

    @Test
    void aZeroDenominatorGivesNullWithAFlag() {
        IndicatorResult r = Calculator.indicator(rate("mediation.disputes.succeeded", "mediation.disputes.mediated"),
                values("mediation.disputes.succeeded", 0, "mediation.disputes.mediated", 0));
        assertNull(r.value());
        assertTrue(r.zeroDenominator());
        assertEquals(IndicatorResult.Status.NO_DATA, r.status());
        assertEquals(0, BigDecimal.ZERO.compareTo(r.denominator()));
        assertTrue(r.reason().contains("分母为0"));
        assertNull(r.grade());
    }

    @Test
    void aMissingMetricGivesNoDataNamingIt() {
        IndicatorResult r = Calculator.indicator(rate("reconsideration.concluded", "reconsideration.received"),
                values("reconsideration.received", 15));
        assertEquals(IndicatorResult.Status.NO_DATA, r.status());
        assertNull(r.value());
        assertNull(r.numerator());
        assertEquals(0, new BigDecimal("15").compareTo(r.denominator()));
        assertFalse(r.zeroDenominator());
        assertTrue(r.reason().contains("reconsideration.concluded"), r.reason());
    }

    @Test
    void anUnreachableLineGivesUnavailableWithTheReason() {
        IndicatorResult r = Calculator.indicator(rate("mediation.disputes.succeeded", "mediation.disputes.mediated"),
                name -> Resolution.unavailable("人民调解服务（mediation-service）不可用：请求超时"));
        assertEquals(IndicatorResult.Status.UNAVAILABLE, r.status());
        assertNull(r.value());
        assertEquals("人民调解服务（mediation-service）不可用：请求超时", r.reason());
    }

    @Test
    void gradesFollowTheDirection() {
        List<Grade> grades = List.of(new Grade("A", new BigDecimal("90")), new Grade("B", new BigDecimal("60")));
        assertEquals("A", Calculator.grade(Direction.HIGHER_IS_BETTER, grades, new BigDecimal("90")));
        assertEquals("B", Calculator.grade(Direction.HIGHER_IS_BETTER, grades, new BigDecimal("89.9")));
        assertNull(Calculator.grade(Direction.HIGHER_IS_BETTER, grades, new BigDecimal("59")));
        assertEquals("B", Calculator.grade(Direction.LOWER_IS_BETTER, grades, new BigDecimal("60")));
        assertEquals("A", Calculator.grade(Direction.LOWER_IS_BETTER, grades, new BigDecimal("61")));
        assertNull(Calculator.grade(Direction.LOWER_IS_BETTER, grades, new BigDecimal("91")));
    }

    static final String FOUR_TYPES = "corrections.subjects.active.control + corrections.subjects.active.probation"
            + " + corrections.subjects.active.parole + corrections.subjects.active.outsidePrison";

    @Test
    void theSeedsBreakdownFailsTheInCorrectionRule() {
        RuleDefinition rule = new RuleDefinition("CORRECTIONS_ACTIVE_BY_TYPE", "corrections.subjects.active", Operator.EQUAL_TO,
                FOUR_TYPES, Severity.ERROR, "在册社区矫正对象人数应等于四类人数之和", 1);
        RuleResult r = Calculator.rule(rule, values("corrections.subjects.active", 148, "corrections.subjects.active.control", 0,
                "corrections.subjects.active.probation", 137, "corrections.subjects.active.parole", 2,
                "corrections.subjects.active.outsidePrison", 8));
        assertEquals(RuleResult.Verdict.FAIL, r.result());
        assertEquals(0, new BigDecimal("148").compareTo(r.left()));
        assertEquals(0, new BigDecimal("147").compareTo(r.right()));
        assertEquals("ERROR", r.severity());
        assertEquals("EQUAL_TO", r.operator());

        assertEquals(RuleResult.Verdict.PASS, Calculator.rule(rule, values("corrections.subjects.active", 148,
                "corrections.subjects.active.control", 1, "corrections.subjects.active.probation", 137,
                "corrections.subjects.active.parole", 2, "corrections.subjects.active.outsidePrison", 8)).result());
    }

    @Test
    void everyOperator() {
        Function<String, Resolution> v = values("a.b", 8, "c.d", 15);
        assertEquals(RuleResult.Verdict.PASS, Calculator.rule(rule("a.b", Operator.LESS_THAN_OR_EQUAL_TO, "c.d"), v).result());
        assertEquals(RuleResult.Verdict.PASS, Calculator.rule(rule("a.b", Operator.LESS_THAN, "c.d"), v).result());
        assertEquals(RuleResult.Verdict.FAIL, Calculator.rule(rule("a.b", Operator.GREATER_THAN, "c.d"), v).result());
        assertEquals(RuleResult.Verdict.FAIL, Calculator.rule(rule("a.b", Operator.GREATER_THAN_OR_EQUAL_TO, "c.d"), v).result());
        assertEquals(RuleResult.Verdict.PASS, Calculator.rule(rule("a.b", Operator.NOT_EQUAL_TO, "c.d"), v).result());
        assertEquals(RuleResult.Verdict.PASS, Calculator.rule(rule("a.b * 2 - 1", Operator.EQUAL_TO, "c.d"), v).result());
        assertEquals(RuleResult.Verdict.PASS, Calculator.rule(rule("a.b", Operator.GREATER_THAN_OR_EQUAL_TO, "8.000"), v).result(),
                "compared by value, not by scale");
        assertEquals(Operator.LESS_THAN_OR_EQUAL_TO, Operator.parse("<="));
        assertEquals(Operator.NOT_EQUAL_TO, Operator.parse("!="));
        assertEquals(Operator.EQUAL_TO, Operator.parse("equal_to"));
    }

    @Test
    void aRuleWithAMissingSideIsSkippedNotPassed() {
        RuleResult r = Calculator.rule(rule("reconsideration.concluded", Operator.LESS_THAN_OR_EQUAL_TO, "reconsideration.received"),
                values("reconsideration.concluded", 8));
        assertEquals(RuleResult.Verdict.SKIPPED, r.result());
        assertEquals(0, new BigDecimal("8").compareTo(r.left()));
        assertNull(r.right());
        assertTrue(r.reason().contains("reconsideration.received"));
    }

    static RuleDefinition rule(String left, Operator op, String right) {
        return new RuleDefinition("R", left, op, right, Severity.WARNING, "说明", 1);
    }
}
