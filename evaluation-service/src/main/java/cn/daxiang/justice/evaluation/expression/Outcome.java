package cn.daxiang.justice.evaluation.expression;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The value of an expression, or null with the names that did not resolve and why. */
public record Outcome(BigDecimal value, List<Issue> issues) {

    /** One name that did not resolve; {@code unavailable} when its source could not be reached. */
    public record Issue(String name, boolean unavailable, String reason) {
    }

    public boolean hasValue() {
        return value != null;
    }

    public boolean anyUnavailable() {
        return issues.stream().anyMatch(Issue::unavailable);
    }

    public List<String> missingNames() {
        return issues.stream().filter(i -> !i.unavailable()).map(Issue::name).toList();
    }

    /** The reasons, each once, joined for a human reader. */
    public String reasons() {
        return issues.stream().map(Issue::reason).distinct().collect(Collectors.joining("；"));
    }
}
