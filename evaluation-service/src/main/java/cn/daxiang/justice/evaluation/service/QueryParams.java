package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.kit.problem.ApiException;

/**
 * Query parameters taken as text and checked here, so that "abc" or 13 is a 400 naming the
 * parameter in Chinese rather than the framework's bare 404 for an unconvertible parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The integer in {@code text}, within [min, max]; null when absent; 400 otherwise. */
    public static Integer integer(String name, String text, int min, int max, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range value
        }
        throw ApiException.invalid(name, label + "应为" + min + "至" + max + "之间的整数");
    }

    public static int required(String name, String text, int min, int max, String label) {
        Integer value = integer(name, text, min, max, label);
        if (value == null) {
            throw ApiException.invalid(name, "须提供" + label + "（" + name + "）");
        }
        return value;
    }
}
