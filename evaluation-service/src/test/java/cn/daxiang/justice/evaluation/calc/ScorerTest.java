package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.api.BandInput;
import cn.daxiang.justice.evaluation.api.ScorecardItemInput;
import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.evaluation.domain.ScoringMethod;
import cn.daxiang.justice.evaluation.expression.Resolution;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each scoring method, its edge cases, the subtotals, the total and the grade boundaries. */
class ScorerTest {

    final Map<String, IndicatorResult> indicators = new HashMap<>();
    final Map<String, Direction> directions = new HashMap<>();
    final Map<String, RuleResult> rules = new HashMap<>();
    final Map<String, Scorer.ManualScore> manual = new HashMap<>();
    final Map<String, Resolution> figures = new HashMap<>();

    Scorer.Context context() {
        return new Scorer.Context(indicators, directions, rules, manual,
                name -> figures.getOrDefault(name, Resolution.missing("未填报：" + name)));
    }

    void rate(String code, String name, String value, Direction direction) {
        indicators.put(code, new IndicatorResult(code, name, code, "%", new BigDecimal(value), null, null, IndicatorResult.Status.OK,
                null, false, null, null, 1));
        directions.put(code, direction);
    }

    void rate(String code, String name, String value) {
        rate(code, name, value, Direction.HIGHER_IS_BETTER);
    }

    static ScorecardItemInput leaf(String key, String points, ScoringMethod method, String indicator, String target) {
        return new ScorecardItemInput(key, key, new BigDecimal(points), method, indicator, target, null, null, null, null, null);
    }

    ScoreItem score(ScorecardItemInput leaf) {
        return Scorer.item(leaf, 2, context());
    }

    static void assertScore(String expected, ScoreItem item) {
        assertEquals(0, new BigDecimal(expected).compareTo(item.score()), () -> item.score() + " — " + item.reason());
        assertEquals(2, item.score().scale(), "two decimals");
    }

    @Test
    void aProportionalLeafBelowItsTargetGetsItsShareAndSaysWhy() {
        rate("MEDIATION_SUCCESS_RATE", "调解成功率", "98.2");
        ScoreItem item = score(leaf("M", "10", ScoringMethod.PROPORTIONAL, "MEDIATION_SUCCESS_RATE", "99"));
        assertScore("9.92", item);
        assertEquals("调解成功率98.2%，低于目标99%，按比例得9.92分（满分10分）", item.reason());
        assertEquals(0, new BigDecimal("98.2").compareTo(item.value()));
        assertEquals(0, new BigDecimal("99").compareTo(item.target()));
    }

    @Test
    void aProportionalLeafAboveItsTargetIsCappedAtItsPoints() {
        rate("LEGALAID_TASK_COMPLETION_RATE", "法律援助案件任务完成率", "156.1");
        ScoreItem item = score(leaf("L", "4", ScoringMethod.PROPORTIONAL, "LEGALAID_TASK_COMPLETION_RATE", "100"));
        assertScore("4", item);
        assertEquals("法律援助案件任务完成率156.1%，达到目标100%，得满分4分", item.reason());
    }

    @Test
    void aZeroActualScoresZeroAndALowerIsBetterIndicatorIsScoredTheOtherWayRound() {
        rate("R", "复议纠错率", "0");
        assertScore("0", score(leaf("A", "5", ScoringMethod.PROPORTIONAL, "R", "90")));
        rate("OVERDUE", "逾期率", "4", Direction.LOWER_IS_BETTER);
        ScoreItem lower = score(leaf("B", "5", ScoringMethod.PROPORTIONAL, "OVERDUE", "2"));
        assertScore("2.5", lower);
        assertTrue(lower.reason().contains("高于目标2%"), lower.reason());
        rate("ZERO_OVERDUE", "逾期率", "0", Direction.LOWER_IS_BETTER);
        assertScore("5", score(leaf("C", "5", ScoringMethod.PROPORTIONAL, "ZERO_OVERDUE", "2")));
    }

    @Test
    void fullAtTargetIsAllOrNothing() {
        rate("TEAM", "“五包一”落实率", "100.0");
        assertScore("3", score(leaf("T", "3", ScoringMethod.FULL_AT_TARGET, "TEAM", "100")));
        rate("TEAM", "“五包一”落实率", "99.9");
        ScoreItem missed = score(leaf("T", "3", ScoringMethod.FULL_AT_TARGET, "TEAM", "100"));
        assertScore("0", missed);
        assertEquals("“五包一”落实率99.9%，低于目标100%，不得分（满分3分）", missed.reason());
    }

    @Test
    void aTargetNobodySetScoresZeroWithTheReason() {
        rate("LEGALAID_TASK_COMPLETION_RATE", "法律援助案件任务完成率", "80");
        ScoreItem item = score(leaf("L", "4", ScoringMethod.PROPORTIONAL, "LEGALAID_TASK_COMPLETION_RATE", "target:legalaid.cases.accepted"));
        assertScore("0", item);
        assertTrue(item.reason().contains("未设定目标值"), item.reason());
        figures.put("target:legalaid.cases.accepted", Resolution.of(new BigDecimal("100")));
        assertScore("3.2", score(leaf("L", "4", ScoringMethod.PROPORTIONAL, "LEGALAID_TASK_COMPLETION_RATE", "target:legalaid.cases.accepted")));
    }

    @Test
    void anUnavailableOrMissingIndicatorScoresZeroNeverAFullMark() {
        indicators.put("LEGALAID_QUALITY_PASS_RATE", new IndicatorResult("LEGALAID_QUALITY_PASS_RATE", "法律援助案件质量合格率", "", "%", null,
                null, null, IndicatorResult.Status.UNAVAILABLE, "法律援助服务不可用：连接超时", false, null, null, 1));
        ScoreItem down = score(leaf("Q", "5", ScoringMethod.FULL_AT_TARGET, "LEGALAID_QUALITY_PASS_RATE", "0"));
        assertScore("0", down);
        assertEquals("法律援助案件质量合格率数据不可用（法律援助服务不可用：连接超时），本项不得分（满分5分）", down.reason());

        indicators.put("NO_CASES", new IndicatorResult("NO_CASES", "审查及时率", "", "%", null, null, null, IndicatorResult.Status.NO_DATA,
                "分母为0，无法计算比率", true, null, null, 1));
        ScoreItem none = score(leaf("N", "3", ScoringMethod.PROPORTIONAL, "NO_CASES", "100"));
        assertScore("0", none);
        assertTrue(none.reason().startsWith("审查及时率无数据（分母为0"), none.reason());

        ScoreItem unknown = score(leaf("U", "3", ScoringMethod.PROPORTIONAL, "NOT_IN_THE_RUN", "100"));
        assertScore("0", unknown);
        assertTrue(unknown.reason().contains("NOT_IN_THE_RUN未计算"), unknown.reason());
    }

    @Test
    void aBandedLeafTakesTheShareOfTheFirstBandItReaches() {
        List<BandInput> bands = List.of(new BandInput(new BigDecimal("80"), new BigDecimal("0.6")),
                new BandInput(new BigDecimal("95"), new BigDecimal("1")), new BandInput(new BigDecimal("90"), new BigDecimal("0.8")));
        ScorecardItemInput leaf = new ScorecardItemInput("B", "质量", new BigDecimal("5"), ScoringMethod.BANDED, "Q", null, bands,
                null, null, null, null);
        rate("Q", "法律援助案件质量合格率", "92.5");
        ScoreItem mid = score(leaf);
        assertScore("4", mid);
        assertEquals("法律援助案件质量合格率92.5%，达到90%档，得4分（满分5分）", mid.reason());
        rate("Q", "法律援助案件质量合格率", "95");
        assertScore("5", score(leaf));
        rate("Q", "法律援助案件质量合格率", "79.9");
        ScoreItem low = score(leaf);
        assertScore("0", low);
        assertEquals("法律援助案件质量合格率79.9%，低于最低档80%，不得分（满分5分）", low.reason());
    }

    @Test
    void aDeductionLeafLosesPointsPerFailedOrUncheckedRuleDownToZero() {
        rules.put("OK_RULE", new RuleResult("OK_RULE", RuleResult.Verdict.PASS, "ERROR", "EQUAL_TO", BigDecimal.ONE, BigDecimal.ONE,
                "a.b", "c.d", "甲等于乙", null, 1));
        rules.put("FAILED", new RuleResult("FAILED", RuleResult.Verdict.FAIL, "ERROR", "EQUAL_TO", BigDecimal.ONE, BigDecimal.valueOf(2),
                "a.b", "c.d", "在册人数应等于四类之和", null, 1));
        rules.put("SKIPPED", new RuleResult("SKIPPED", RuleResult.Verdict.SKIPPED, "ERROR", "EQUAL_TO", null, null,
                "a.b", "c.d", "办结数不能超过收到数", "未填报：reconsideration.received", 1));
        ScorecardItemInput leaf = new ScorecardItemInput("D", "数据质量", new BigDecimal("6"), ScoringMethod.DEDUCTION, null, null, null,
                List.of("OK_RULE", "FAILED", "SKIPPED"), new BigDecimal("1"), null, null);
        ScoreItem item = score(leaf);
        assertScore("4", item);
        assertEquals("未通过校验规则«在册人数应等于四类之和»，扣1分；校验规则«办结数不能超过收到数»无法校验（未填报：reconsideration.received），扣1分，"
                + "得4分（满分6分）", item.reason());

        ScorecardItemInput harsh = new ScorecardItemInput("D", "数据质量", new BigDecimal("1.5"), ScoringMethod.DEDUCTION, null, null, null,
                List.of("FAILED", "SKIPPED"), new BigDecimal("1"), null, null);
        assertScore("0", score(harsh));

        ScorecardItemInput clean = new ScorecardItemInput("D", "数据质量", new BigDecimal("2"), ScoringMethod.DEDUCTION, null, null, null,
                List.of("OK_RULE"), new BigDecimal("1"), null, null);
        assertEquals("校验规则均通过，得满分2分", score(clean).reason());
    }

    @Test
    void aManualLeafTakesTheEnteredScoreWithItsReasonAndNothingWithoutOne() {
        ScorecardItemInput leaf = leaf("GOALS", "5", ScoringMethod.MANUAL, null, null);
        ScoreItem missing = score(leaf);
        assertScore("0", missing);
        assertEquals("未录入人工评分，本项不得分（满分5分）", missing.reason());
        manual.put("GOALS", new Scorer.ManualScore(new BigDecimal("4.5"), "绩效目标未细化量化，扣0.5分"));
        ScoreItem entered = score(leaf);
        assertScore("4.5", entered);
        assertEquals("人工评分4.5分（满分5分）：绩效目标未细化量化，扣0.5分", entered.reason());
    }

    @Test
    void dimensionsAddUpTheirChildrenAndTheTotalIsGraded() {
        rate("MEDIATION_SUCCESS_RATE", "调解成功率", "98.2");
        manual.put("GOALS", new Scorer.ManualScore(new BigDecimal("80"), "很好"));
        ScorecardItemInput output = new ScorecardItemInput("OUTPUT", "产出", new BigDecimal("20"), null, null, null, null, null, null, null,
                List.of(leaf("M", "10", ScoringMethod.PROPORTIONAL, "MEDIATION_SUCCESS_RATE", "99"),
                        leaf("T", "10", ScoringMethod.FULL_AT_TARGET, "MISSING", "100")));
        ScorecardResult result = Scorer.score(new ScorecardDefinition("CARD", "测试", 3,
                List.of(leaf("GOALS", "80", ScoringMethod.MANUAL, null, null), output)), context());
        ScoreItem dimension = result.items().get(1);
        assertEquals(1, dimension.level());
        assertScore("9.92", dimension);
        assertEquals(2, dimension.children().get(0).level());
        assertEquals(0, new BigDecimal("89.92").compareTo(result.score()));
        assertEquals("良", result.grade());
        assertEquals(3, result.definitionVersion());
    }

    @Test
    void theGradeBoundariesBelongToTheUpperGrade() {
        assertEquals("优", Scorer.grade(new BigDecimal("100")));
        assertEquals("优", Scorer.grade(new BigDecimal("90")));
        assertEquals("良", Scorer.grade(new BigDecimal("89.99")));
        assertEquals("良", Scorer.grade(new BigDecimal("80")));
        assertEquals("中", Scorer.grade(new BigDecimal("79.99")));
        assertEquals("中", Scorer.grade(new BigDecimal("60")));
        assertEquals("差", Scorer.grade(new BigDecimal("59.99")));
        assertEquals("差", Scorer.grade(BigDecimal.ZERO));
    }
}
