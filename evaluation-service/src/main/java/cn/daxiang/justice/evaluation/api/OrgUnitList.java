package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.orgunit.OrgUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The org-unit tree of the reference data, as {@code {"items": [...]}}. */
@Schema(name = "OrgUnitList", description = "机构树 / org units of the reference data")
public record OrgUnitList(
        @Schema(description = "Every org unit as it is today (or as it was last, if it has ended): code, name, level "
                + "(PROVINCE|CITY|DISTRICT|TOWNSHIP|VILLAGE), parent code, validFrom/validTo (null: open) and, for a unit merged "
                + "into another, its successor")
        List<OrgUnit> items) {
}
