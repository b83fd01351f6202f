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
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

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
        return query;
    }

    /** Adds {@code condition} with its one named parameter when {@code value} is present. */
    public ListQuery and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a condition that takes no parameter, when {@code apply} holds. */
    public ListQuery andIf(boolean apply, String condition) {
        if (apply) {
            conditions.add(condition);
        }
        return this;
    }

    public String where() {
        return String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
