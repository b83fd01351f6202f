package cn.daxiang.justice.kit.person;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keys that find a name with one wrong, missing or extra character. Chinese names are two to four characters, so
 * trigrams (pg_trgm) share almost nothing between 张三丰 and 张山丰; instead a name is stored with
 * <ul>
 *   <li>{@code =张三丰}: itself,</li>
 *   <li>{@code ~?三丰}, {@code ~张?丰}, {@code ~张三?}: each character in turn replaced by a wildcard (a substitution),</li>
 *   <li>{@code -三丰}, {@code -张丰}, {@code -张三}: each character in turn left out (names of three characters or more).</li>
 * </ul>
 * A query of two characters or more asks for {@code =q}, its own substitution keys, {@code -q} (the query lacks a
 * character of the name) and {@code =} each of its deletions (the query has one character too many); the name matches
 * when the sets overlap, which a GIN index on the stored keys answers ({@code name_keys && :keys}). Tags keep a
 * deletion from meeting a deletion (that would be two edits). A two-character name tolerates a wrong character in
 * either place, so 张三 is found by 张四 and by 李三: half the name is all there is to go on. A one-character query
 * has no typo keys (it is a prefix search only). Characters are code points (a rare character outside the BMP is one).
 */
public final class NameKeys {

    /** Shortest query that is also searched with a typo. */
    public static final int MIN_TYPO_QUERY = 2;

    private NameKeys() {
    }

    /** The name as indexed and searched: stripped, inner white space removed. */
    public static String normalize(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", "");
    }

    /** What the index stores for {@code name}. */
    public static String[] stored(String name) {
        int[] cps = normalize(name).codePoints().toArray();
        Set<String> keys = new LinkedHashSet<>();
        keys.add("=" + string(cps, -1, false));
        for (int i = 0; i < cps.length; i++) {
            keys.add("~" + string(cps, i, true));
            if (cps.length >= MIN_TYPO_QUERY + 1) {
                keys.add("-" + string(cps, i, false));
            }
        }
        return keys.toArray(String[]::new);
    }

    /** What a query for {@code name} looks for; empty for a query shorter than {@value #MIN_TYPO_QUERY} characters. */
    public static String[] query(String name) {
        int[] cps = normalize(name).codePoints().toArray();
        if (cps.length < MIN_TYPO_QUERY) {
            return new String[0];
        }
        Set<String> keys = new LinkedHashSet<>();
        String whole = string(cps, -1, false);
        keys.add("=" + whole);
        keys.add("-" + whole);
        for (int i = 0; i < cps.length; i++) {
            keys.add("~" + string(cps, i, true));
            keys.add("=" + string(cps, i, false));
        }
        return keys.toArray(String[]::new);
    }

    /** The code points, position {@code at} replaced by {@code ?} ({@code wildcard}) or left out; all of them for -1. */
    private static String string(int[] cps, int at, boolean wildcard) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (i != at) {
                s.appendCodePoint(cps[i]);
            } else if (wildcard) {
                s.append('?');
            }
        }
        return s.toString();
    }
}
