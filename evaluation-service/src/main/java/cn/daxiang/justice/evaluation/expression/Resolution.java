package cn.daxiang.justice.evaluation.expression;

import java.math.BigDecimal;

/** What a name resolves to during evaluation: a value, no data, or a source that could not be reached. */
public sealed interface Resolution {

    String reason();

    static Resolution of(BigDecimal value) {
        return new Value(value);
    }

    static Resolution missing(String reason) {
        return new Missing(reason);
    }

    static Resolution unavailable(String reason) {
        return new Unavailable(reason);
    }

    record Value(BigDecimal value) implements Resolution {
        @Override
        public String reason() {
            return null;
        }
    }

    /** Nobody reported the figure for this org unit and period (no service metric, manual figure or target). */
    record Missing(String reason) implements Resolution {
    }

    /** The source that reports it could not be reached: the value is unknown, not 0. */
    record Unavailable(String reason) implements Resolution {
    }
}
