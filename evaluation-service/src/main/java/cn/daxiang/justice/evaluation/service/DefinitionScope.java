package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.OrgUnitCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Definitions (indicators, rules) apply to their org unit and every unit below it, so a caller
 * sees those defined for its own unit, for the units above it and for the units below it. The
 * kit's {@code ListQuery.inScope} covers only "at or below", hence this helper.
 */
public final class DefinitionScope {

    private static final int[] LEVEL_LENGTHS = {2, 4, 6, 9};

    private DefinitionScope() {
    }

    /** The units strictly above {@code code}: 430503101000 → 430000000000, 430500000000, 430503000000. */
    public static List<String> ancestors(String code) {
        String prefix = OrgUnitCode.prefix(code);
        List<String> out = new ArrayList<>();
        for (int length : LEVEL_LENGTHS) {
            if (length < prefix.length()) {
                out.add((prefix.substring(0, length) + "000000000000").substring(0, 12));
            }
        }
        return out;
    }

    /** Whether a definition of {@code definitionOrgUnit} applies to {@code orgUnit}. */
    public static boolean appliesTo(String definitionOrgUnit, String orgUnit) {
        return OrgUnitCode.covers(definitionOrgUnit, orgUnit);
    }

    public static boolean visible(CallerScope caller, String definitionOrgUnit) {
        String own = caller.orgUnit();
        return OrgUnitCode.covers(own, definitionOrgUnit) || OrgUnitCode.covers(definitionOrgUnit, own);
    }

    /** A Panache condition and its parameters: defined at, above or below the caller's unit. */
    public static String where(CallerScope caller, Map<String, Object> parameters) {
        parameters.put("scope", caller.likePattern());
        List<String> above = ancestors(caller.orgUnit());
        if (above.isEmpty()) {
            return "orgUnit like :scope";
        }
        parameters.put("above", above);
        return "(orgUnit like :scope or orgUnit in :above)";
    }

    public static Map<String, Object> parameters() {
        return new HashMap<>();
    }
}
