package cn.daxiang.justice.kit.problem;

import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of an exception chain for the log, with ID numbers in messages masked: exception
 * messages (SQL errors, say) can carry the values that caused them.
 */
final class Redacted extends RuntimeException {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");

    private Redacted(Throwable original, Throwable cause) {
        super(original.getClass().getName() + ": " + redact(original.getMessage()), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable e) {
        return e == null ? null : new Redacted(e, e.getCause() == e ? null : of(e.getCause()));
    }

    static String redact(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = ID_NUMBER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ResidentIdNumber.mask(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
