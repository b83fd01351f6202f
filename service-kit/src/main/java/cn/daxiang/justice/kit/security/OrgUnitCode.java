package cn.daxiang.justice.kit.security;

import java.util.regex.Pattern;

/**
 * 12-digit statistical division codes (统计用区划代码). They nest by prefix: province 2 digits,
 * city 4, county 6, township 9, village 12; the digits after a unit's own part are zeros.
 */
public final class OrgUnitCode {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final int[] LEVEL_LENGTHS = {2, 4, 6, 9, 12};

    private OrgUnitCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && TWELVE_DIGITS.matcher(code).matches() && !code.startsWith("00");
    }

    /** The significant prefix: {@code 430503000000} → {@code 430503}, {@code 430503101000} → {@code 430503101}. */
    public static String prefix(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a 12-digit division code");
        }
        for (int length : LEVEL_LENGTHS) {
            if (code.substring(length).chars().allMatch(c -> c == '0')) {
                return code.substring(0, length);
            }
        }
        return code;
    }

    /** The county-level unit (区县) a unit lies in: {@code 430503101000} → {@code 430503000000}. */
    public static String district(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a 12-digit division code");
        }
        return code.substring(0, 6) + "000000";
    }

    /** Whether {@code code} is {@code scope} itself or lies below it. */
    public static boolean covers(String scope, String code) {
        return isWellFormed(code) && code.startsWith(prefix(scope));
    }

    /** How many leading digits name a unit one level below {@code code} (its children); 12 at the last level. */
    public static int childPrefixLength(String code) {
        int own = prefix(code).length();
        for (int length : LEVEL_LENGTHS) {
            if (length > own) {
                return length;
            }
        }
        return own;
    }

    /** A SQL LIKE pattern matching the unit and everything below it (codes hold digits only). */
    public static String likePattern(String scope) {
        return prefix(scope) + "%";
    }
}
