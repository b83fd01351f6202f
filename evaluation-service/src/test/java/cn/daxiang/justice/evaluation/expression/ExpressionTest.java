package cn.daxiang.justice.evaluation.expression;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionTest {

    static Function<String, Resolution> values(Map<String, String> values) {
        return name -> values.containsKey(name) ? Resolution.of(new BigDecimal(values.get(name))) : Resolution.missing("无数据：" + name);
    }

    static BigDecimal eval(String expression, Map<String, String> values) {
        return ExpressionParser.parse(expression).evaluate(values(values)).value();
    }

    @Test
    void sumsOfMetricsAreExact() {
        Map<String, String> seed = Map.of(
                "corrections.subjects.active.control", "0",
                "corrections.subjects.active.probation", "137",
                "corrections.subjects.active.parole", "2",
                "corrections.subjects.active.outsidePrison", "8");
        assertEquals(0, new BigDecimal("147").compareTo(eval(
                "corrections.subjects.active.control + corrections.subjects.active.probation"
                        + " + corrections.subjects.active.parole + corrections.subjects.active.outsidePrison", seed)));
        assertEquals(0, new BigDecimal("0.3").compareTo(eval("0.1 + 0.2", Map.of())), "decimal, not double, arithmetic");
    }

    @Test
    void precedenceParenthesesAndUnaryMinus() {
        Map<String, String> v = Map.of("a.b", "2", "c.d", "3", "e.f", "4");
        assertEquals(0, new BigDecimal("14").compareTo(eval("a.b + c.d * e.f", v)));
        assertEquals(0, new BigDecimal("20").compareTo(eval("(a.b + c.d) * e.f", v)));
        assertEquals(0, new BigDecimal("-5").compareTo(eval("a.b - c.d - e.f", v)), "left associative");
        assertEquals(0, new BigDecimal("2").compareTo(eval("-a.b + e.f", v)));
        assertEquals(0, new BigDecimal("-2").compareTo(eval("-(a.b * 1)", v)));
        assertEquals(0, new BigDecimal("100").compareTo(eval("100", v)));
    }

    @Test
    void targetReferencesAreNamesOfTheirOwn() {
        Expression e = ExpressionParser.parse("legalaid.cases.accepted - target:legalaid.cases.accepted");
        assertEquals(Set.of("legalaid.cases.accepted", "target:legalaid.cases.accepted"), e.references());
        assertEquals(0, new BigDecimal("213").compareTo(e.evaluate(values(Map.of(
                "legalaid.cases.accepted", "593", "target:legalaid.cases.accepted", "380"))).value()),
                "the seed's 213 cases above the target");
    }

    @Test
    void cumulativeReferencesAreNamesOfTheirOwn() {
        Expression e = ExpressionParser.parse("cumulative:corrections.subjects.received - cumulative:corrections.subjects.released");
        assertEquals(Set.of("cumulative:corrections.subjects.received", "cumulative:corrections.subjects.released"), e.references());
        assertEquals(0, new BigDecimal("148").compareTo(e.evaluate(values(Map.of(
                "cumulative:corrections.subjects.received", "927", "cumulative:corrections.subjects.released", "779"))).value()),
                "the seed's 927 received less 779 released");
        for (String bad : List.of("cumulative:", "cumulative:x", "cumulative:target:a.b", "target:cumulative:a.b", "Cumulative:a.b")) {
            assertThrows(ExpressionException.class, () -> ExpressionParser.parse(bad), bad);
        }
    }

    @Test
    void aMissingMetricIsReportedNotReadAsZero() {
        Outcome o = ExpressionParser.parse("reconsideration.received + reconsideration.concluded")
                .evaluate(values(Map.of("reconsideration.received", "15")));
        assertNull(o.value());
        assertFalse(o.hasValue());
        assertEquals(List.of("reconsideration.concluded"), o.missingNames());
        assertFalse(o.anyUnavailable());
        assertTrue(o.reasons().contains("reconsideration.concluded"));
    }

    @Test
    void anUnavailableSourceIsReportedAsSuch() {
        Outcome o = ExpressionParser.parse("mediation.disputes.succeeded * 2")
                .evaluate(name -> Resolution.unavailable("人民调解服务不可用：请求超时"));
        assertNull(o.value());
        assertTrue(o.anyUnavailable());
        assertEquals("人民调解服务不可用：请求超时", o.reasons());
    }

    @Test
    void aNameUsedTwiceIsReportedOnce() {
        Outcome o = ExpressionParser.parse("x.y + x.y").evaluate(values(Map.of()));
        assertEquals(1, o.issues().size());
    }

    @Test
    void malformedExpressionsAreRefusedWithAReason() {
        for (String bad : List.of("", "   ", "a.b +", "+ a.b", "(a.b + c.d", "a.b + c.d)", "a.b / c.d", "a.b c.d",
                "legalaid", "Legalaid.cases", "target:", "target:x", "a.b ++ c.d", "1.2.3", "a.b; drop table",
                "a.b + " + "(".repeat(60) + "1" + ")".repeat(60), "x".repeat(501), "a..b", "a.b.", "2 * * 3")) {
            ExpressionException e = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(bad), bad);
            assertFalse(e.getMessage().isBlank());
            assertEquals(e.getMessage(), ExpressionParser.problem(bad));
        }
        assertNull(ExpressionParser.problem("corrections.resettlement.keyTargetsWithTeam"));
        assertNull(ExpressionParser.problem("1"));
        assertNull(ExpressionParser.problem(" ( a.b+1 )*2-c.d "));
    }
}
