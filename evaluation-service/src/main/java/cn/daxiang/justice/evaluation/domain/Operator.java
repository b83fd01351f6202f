package cn.daxiang.justice.evaluation.domain;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The comparison of a validation rule. Sent and shown as UPPER_SNAKE names (DHIS2's operators);
 * the symbols {@code = != < <= > >=} are accepted on input as well.
 */
public enum Operator {
    EQUAL_TO("="),
    NOT_EQUAL_TO("!="),
    LESS_THAN("<"),
    LESS_THAN_OR_EQUAL_TO("<="),
    GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL_TO(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal left, BigDecimal right) {
        int c = left.compareTo(right);
        return switch (this) {
            case EQUAL_TO -> c == 0;
            case NOT_EQUAL_TO -> c != 0;
            case LESS_THAN -> c < 0;
            case LESS_THAN_OR_EQUAL_TO -> c <= 0;
            case GREATER_THAN -> c > 0;
            case GREATER_THAN_OR_EQUAL_TO -> c >= 0;
        };
    }

    /** A name or a symbol; anything else is refused (400). */
    @JsonCreator
    public static Operator parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Operator o : values()) {
            if (o.symbol.equals(t) || o.name().equals(t.toUpperCase(Locale.ROOT))) {
                return o;
            }
        }
        if ("==".equals(t)) {
            return EQUAL_TO;
        }
        throw new IllegalArgumentException("operator must be one of = != < <= > >= or their names");
    }
}
