package cn.daxiang.justice.evaluation.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses {@code expr := term (('+'|'-') term)*}, {@code term := unary ('*' unary)*},
 * {@code unary := '-' unary | primary},
 * {@code primary := number | name | 'target:' name | 'cumulative:' name | '(' expr ')'}.
 * Names are the work lines' dotted metric names ({@code legalaid.cases.accepted}). Division is
 * not part of the language: an indicator divides its numerator by its denominator itself, so that
 * a zero denominator is a flagged result rather than an arithmetic error.
 */
public final class ExpressionParser {

    public static final int MAX_LENGTH = 500;
    public static final Pattern METRIC = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");
    private static final int MAX_DEPTH = 50;

    private final String text;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    private ExpressionParser(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException("表达式不能为空");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException("表达式不能超过" + MAX_LENGTH + "个字符");
        }
        ExpressionParser parser = new ExpressionParser(text, tokenize(text));
        Expression e = parser.expression();
        if (parser.pos < parser.tokens.size()) {
            Token t = parser.tokens.get(parser.pos);
            throw new ExpressionException("第" + (t.start + 1) + "个字符处多余的“" + t.text + "”");
        }
        return e;
    }

    /** Whether {@code text} parses; for validators. */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (ExpressionException e) {
            return e.getMessage();
        }
    }

    private enum Kind { NUMBER, NAME, PLUS, MINUS, TIMES, LEFT, RIGHT }

    private record Token(Kind kind, String text, int start) {
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                String number = s.substring(start, i);
                if (!number.matches("\\d{1,15}(\\.\\d{1,10})?")) {
                    throw new ExpressionException("第" + (start + 1) + "个字符处的数字“" + number + "”无效");
                }
                out.add(new Token(Kind.NUMBER, number, start));
            } else if (isNameStart(c)) {
                int start = i;
                while (i < s.length() && isNamePart(s.charAt(i))) {
                    i++;
                }
                String name = s.substring(start, i);
                if (!METRIC.matcher(unprefixed(name)).matches()) {
                    throw new ExpressionException("第" + (start + 1) + "个字符处的名称“" + name
                            + "”无效：应为以点分隔的指标名称（如 legalaid.cases.accepted）、target:指标名称或 cumulative:指标名称");
                }
                out.add(new Token(Kind.NAME, name, start));
            } else {
                Kind kind = switch (c) {
                    case '+' -> Kind.PLUS;
                    case '-' -> Kind.MINUS;
                    case '*' -> Kind.TIMES;
                    case '(' -> Kind.LEFT;
                    case ')' -> Kind.RIGHT;
                    default -> throw new ExpressionException("第" + (i + 1) + "个字符“" + c + "”不允许：只能使用指标名称、数字、+ - * 与括号");
                };
                out.add(new Token(kind, String.valueOf(c), i));
                i++;
            }
        }
        return out;
    }

    /** The metric a name refers to: without its {@code target:} or {@code cumulative:} prefix (at most one). */
    private static String unprefixed(String name) {
        for (String prefix : new String[]{Expression.TARGET_PREFIX, Expression.CUMULATIVE_PREFIX}) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == ':' || c == '_';
    }

    private Expression expression() {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException("表达式嵌套过深");
        }
        Expression left = term();
        while (peek(Kind.PLUS) || peek(Kind.MINUS)) {
            char op = tokens.get(pos++).text.charAt(0);
            left = new Expression.Binary(op, left, term());
        }
        depth--;
        return left;
    }

    private Expression term() {
        Expression left = unary();
        while (peek(Kind.TIMES)) {
            pos++;
            left = new Expression.Binary('*', left, unary());
        }
        return left;
    }

    private Expression unary() {
        if (peek(Kind.MINUS)) {
            pos++;
            if (++depth > MAX_DEPTH) {
                throw new ExpressionException("表达式嵌套过深");
            }
            Expression operand = unary();
            depth--;
            return new Expression.Negation(operand);
        }
        return primary();
    }

    private Expression primary() {
        if (pos >= tokens.size()) {
            throw new ExpressionException("表达式在末尾不完整：缺少指标名称、数字或括号");
        }
        Token t = tokens.get(pos++);
        return switch (t.kind) {
            case NUMBER -> new Expression.Constant(new BigDecimal(t.text));
            case NAME -> new Expression.Reference(t.text);
            case LEFT -> {
                Expression inner = expression();
                if (!peek(Kind.RIGHT)) {
                    throw new ExpressionException("第" + (t.start + 1) + "个字符处的“(”缺少对应的“)”");
                }
                pos++;
                yield inner;
            }
            default -> throw new ExpressionException("第" + (t.start + 1) + "个字符处应为指标名称、数字或“(”，而不是“" + t.text + "”");
        };
    }

    private boolean peek(Kind kind) {
        return pos < tokens.size() && tokens.get(pos).kind == kind;
    }

    @Override
    public String toString() {
        return text;
    }
}
