package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.evaluation.expression.ExpressionParser;
import cn.daxiang.justice.evaluation.expression.Outcome;
import cn.daxiang.justice.evaluation.expression.Resolution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Indicator and rule arithmetic. A name that resolves to an unreachable source makes the result
 * {@code UNAVAILABLE}; one nobody reported makes it {@code NO_DATA} (indicators) or {@code SKIPPED}
 * (rules); a zero denominator gives no value and a flag. None of them is ever read as 0.
 */
public final class Calculator {

    private Calculator() {
    }

    public static IndicatorResult indicator(IndicatorDefinition d, Function<String, Resolution> lookup) {
        Outcome num = ExpressionParser.parse(d.numerator()).evaluate(lookup);
        Outcome den = ExpressionParser.parse(d.denominator()).evaluate(lookup);
        if (num.anyUnavailable() || den.anyUnavailable()) {
            return result(d, null, num.value(), den.value(), IndicatorResult.Status.UNAVAILABLE, join(num, den), false);
        }
        if (!num.hasValue() || !den.hasValue()) {
            return result(d, null, num.value(), den.value(), IndicatorResult.Status.NO_DATA, join(num, den), false);
        }
        if (den.value().signum() == 0) {
            return result(d, null, num.value(), den.value(), IndicatorResult.Status.NO_DATA, "分母为0，无法计算比率", true);
        }
        BigDecimal value = num.value().multiply(d.factor()).divide(den.value(), d.decimals(), RoundingMode.HALF_UP);
        return result(d, value, num.value(), den.value(), IndicatorResult.Status.OK, null, false);
    }

    public static RuleResult rule(RuleDefinition r, Function<String, Resolution> lookup) {
        Outcome left = ExpressionParser.parse(r.left()).evaluate(lookup);
        Outcome right = ExpressionParser.parse(r.right()).evaluate(lookup);
        RuleResult.Verdict result;
        String reason = null;
        if (!left.hasValue() || !right.hasValue()) {
            result = RuleResult.Verdict.SKIPPED;
            reason = join(left, right);
        } else {
            result = r.operator().holds(left.value(), right.value()) ? RuleResult.Verdict.PASS : RuleResult.Verdict.FAIL;
        }
        return new RuleResult(r.code(), result, r.severity().name(), r.operator().name(), left.value(), right.value(),
                r.left(), r.right(), r.message(), reason, r.version());
    }

    /** The grade a value earns under the thresholds, or null. */
    public static String grade(Direction direction, List<Grade> grades, BigDecimal value) {
        if (value == null || grades == null || grades.isEmpty() || direction == Direction.NEUTRAL) {
            return null;
        }
        if (direction == Direction.HIGHER_IS_BETTER) {
            return grades.stream().sorted(Comparator.comparing(Grade::bound).reversed())
                    .filter(g -> value.compareTo(g.bound()) >= 0).map(Grade::grade).findFirst().orElse(null);
        }
        return grades.stream().sorted(Comparator.comparing(Grade::bound))
                .filter(g -> value.compareTo(g.bound()) <= 0).map(Grade::grade).findFirst().orElse(null);
    }

    private static IndicatorResult result(IndicatorDefinition d, BigDecimal value, BigDecimal num, BigDecimal den,
                                          IndicatorResult.Status status, String reason, boolean zero) {
        return new IndicatorResult(d.code(), d.nameZh(), d.nameEn(), d.unit(), value, num, den, status, reason, zero,
                grade(d.direction(), d.grades(), value), d.weight(), d.version());
    }

    private static String join(Outcome a, Outcome b) {
        String ra = a.issues().isEmpty() ? "" : a.reasons();
        String rb = b.issues().isEmpty() ? "" : b.reasons();
        if (ra.isEmpty()) {
            return rb;
        }
        if (rb.isEmpty() || ra.equals(rb)) {
            return ra;
        }
        return ra + "；" + rb;
    }
}
