package cn.daxiang.justice.evaluation.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV cells: every cell quoted (doubled quotes inside), and a text cell that a spreadsheet
 * would read as a formula (starting with = + - @, or a tab or carriage return) gets a leading
 * apostrophe, unless it is a plain number such as -5 or 12.5.
 */
public final class Csv {

    /** Excel opens a UTF-8 file with Chinese text correctly only with a byte order mark. */
    public static final String BOM = "\uFEFF";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Csv() {
    }

    public static String row(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String cell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof BigDecimal d) {
            text = d.toPlainString();
        } else {
            text = neutralise(value.toString());
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static String neutralise(String text) {
        if (text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
