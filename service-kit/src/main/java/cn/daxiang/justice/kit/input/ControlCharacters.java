package cn.daxiang.justice.kit.input;

import cn.daxiang.justice.kit.problem.ApiException;

/**
 * The one rule for text input: no control characters except tab, carriage return and line feed.
 * PostgreSQL refuses U+0000 outright (a 500 before this rule), and the other control characters
 * are never part of a name, an address or a note; they only hide text from a reader or a log.
 */
public final class ControlCharacters {

    /** What the caller is told, per field. */
    public static final String MESSAGE = "不能包含控制字符（仅允许制表符、回车和换行）";

    private ControlCharacters() {
    }

    /** True when {@code text} holds a character the rule refuses (C0, DEL or C1, other than tab, CR, LF). */
    public static boolean present(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** 400 naming {@code field} when {@code value} breaks the rule. */
    public static void check(String field, String value) {
        if (present(value)) {
            throw ApiException.invalid(printable(field), MESSAGE);
        }
    }

    /** A field name or path fit to be echoed: any refused character shown as {@code \\uXXXX}. */
    public static String printable(String name) {
        if (!present(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (present(String.valueOf(c))) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
