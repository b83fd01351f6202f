package cn.daxiang.justice.kit.paging;

import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import cn.daxiang.justice.kit.problem.ApiException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Panache query over records that always starts from the caller's scope, then adds the list's
 * filters. Starting from the scope is what makes "a clerk only sees its own office" hold for every list.
 * A scope (or {@code orgUnit} filter) of a township or below also says {@code left(orgUnit, 9) =
 * :township}: the lines index their main lists on that expression and the list's order, so a
 * township's newest page is an index range read that stops after the page, not a sort of the
 * township's rows (a {@code LIKE} prefix spans many org units and so loses the order).
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** The length of a township's significant prefix: what the lines' list indexes are keyed by. */
    static final int TOWNSHIP_PREFIX = 9;

    private ListQuery() {
    }

    /** Records of the caller's org unit and below, narrowed to {@code orgUnit} and below if given. */
    public static ListQuery inScope(CallerScope caller, String orgUnit) {
        ListQuery query = new ListQuery();
        query.conditions.add("orgUnit like :scope");
        query.parameters.put("scope", caller.likePattern());
        if (orgUnit != null && !orgUnit.isBlank()) {
            if (!OrgUnitCode.isWellFormed(orgUnit)) {
                throw ApiException.invalid("orgUnit", "机构代码应为12位数字");
            }
            query.conditions.add("orgUnit like :orgUnitFilter");
            query.parameters.put("orgUnitFilter", OrgUnitCode.likePattern(orgUnit));
        }
        String narrowest = narrowest(OrgUnitCode.prefix(caller.orgUnit()), orgUnit);
        if (narrowest.length() >= TOWNSHIP_PREFIX) {
            // Implied by the LIKE conditions; said again in the indexed form (see the class comment).
            query.conditions.add("left(orgUnit, " + TOWNSHIP_PREFIX + ") = :township");
            query.parameters.put("township", narrowest.substring(0, TOWNSHIP_PREFIX));
        }
        return query;
    }

    /** The longer of the scope's and the filter's prefixes when one lies inside the other, else the scope's. */
    private static String narrowest(String scopePrefix, String orgUnit) {
        if (orgUnit == null || orgUnit.isBlank()) {
            return scopePrefix;
        }
        String filterPrefix = OrgUnitCode.prefix(orgUnit);
        return filterPrefix.startsWith(scopePrefix) ? filterPrefix : scopePrefix;
    }

    /** Adds {@code condition} with its one named parameter when {@code value} is present. */
    public ListQuery and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds {@code condition} with its named parameters. */
    public ListQuery and(String condition, Map<String, Object> more) {
        conditions.add(condition);
        parameters.putAll(more);
        return this;
    }

    /** Adds a condition that takes no parameter, when {@code apply} holds. */
    public ListQuery andIf(boolean apply, String condition) {
        if (apply) {
            conditions.add(condition);
        }
        return this;
    }

    /** This query and {@code condition} with its parameters, for one page's keyset; this one stays as it was. */
    ListQuery with(String condition, Map<String, Object> more) {
        ListQuery copy = new ListQuery();
        copy.conditions.addAll(conditions);
        copy.parameters.putAll(parameters);
        copy.conditions.add(condition);
        copy.parameters.putAll(more);
        return copy;
    }

    public String where() {
        return String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
