package cn.daxiang.justice.evaluation.expression;

/** A malformed expression; the message (Chinese) names the position and what was expected. */
public class ExpressionException extends RuntimeException {

    public ExpressionException(String message) {
        super(message, null, false, false);
    }
}
