package cn.daxiang.justice.evaluation.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed expression over metric names, {@code target:<metric>} and {@code cumulative:<metric>}
 * references, numeric constants,
 * {@code + - *} and parentheses (the numerators, denominators and rule sides of DHIS2-style
 * indicators and validation rules). Arithmetic is exact ({@link BigDecimal}); a name that cannot be
 * resolved makes the whole value absent and is reported, never read as 0.
 */
public sealed interface Expression {

    /** The prefix of a reference to a target (任务指标) rather than to a reported metric. */
    String TARGET_PREFIX = "target:";

    /**
     * The prefix of a cumulative figure (累计): the line's metric counted since its records began,
     * up to the end of the period, e.g. {@code cumulative:corrections.subjects.received}.
     */
    String CUMULATIVE_PREFIX = "cumulative:";

    /** Every name the expression reads, prefixed references included, in order of appearance. */
    default Set<String> references() {
        Set<String> names = new LinkedHashSet<>();
        collect(names);
        return names;
    }

    void collect(Set<String> names);

    /** Evaluates with {@code lookup} resolving each name; problems are gathered, not thrown. */
    default Outcome evaluate(Function<String, Resolution> lookup) {
        List<Outcome.Issue> issues = new ArrayList<>();
        BigDecimal value = compute(lookup, issues);
        return new Outcome(issues.isEmpty() ? value : null, List.copyOf(issues));
    }

    /** The value, or null when a name did not resolve (the issue is added to {@code issues}). */
    BigDecimal compute(Function<String, Resolution> lookup, List<Outcome.Issue> issues);

    record Constant(BigDecimal value) implements Expression {
        @Override
        public void collect(Set<String> names) {
        }

        @Override
        public BigDecimal compute(Function<String, Resolution> lookup, List<Outcome.Issue> issues) {
            return value;
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    record Reference(String name) implements Expression {
        @Override
        public void collect(Set<String> names) {
            names.add(name);
        }

        @Override
        public BigDecimal compute(Function<String, Resolution> lookup, List<Outcome.Issue> issues) {
            Resolution r = lookup.apply(name);
            if (r == null) {
                r = Resolution.missing("无数据：" + name);
            }
            if (r instanceof Resolution.Value v) {
                return v.value();
            }
            if (issues.stream().noneMatch(i -> i.name().equals(name))) {
                issues.add(new Outcome.Issue(name, r instanceof Resolution.Unavailable, r.reason()));
            }
            return null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Negation(Expression operand) implements Expression {
        @Override
        public void collect(Set<String> names) {
            operand.collect(names);
        }

        @Override
        public BigDecimal compute(Function<String, Resolution> lookup, List<Outcome.Issue> issues) {
            BigDecimal v = operand.compute(lookup, issues);
            return v == null ? null : v.negate();
        }

        @Override
        public String toString() {
            return "-" + operand;
        }
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
        @Override
        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }

        @Override
        public BigDecimal compute(Function<String, Resolution> lookup, List<Outcome.Issue> issues) {
            BigDecimal l = left.compute(lookup, issues);
            BigDecimal r = right.compute(lookup, issues);
            if (l == null || r == null) {
                return null;
            }
            return switch (operator) {
                case '+' -> l.add(r);
                case '-' -> l.subtract(r);
                case '*' -> l.multiply(r);
                default -> throw new IllegalStateException("operator " + operator);
            };
        }

        @Override
        public String toString() {
            return "(" + left + " " + operator + " " + right + ")";
        }
    }
}
