package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.orgunit.OrgUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The org-unit tree of the reference data, as {@code {"items": [...]}}. */
@Schema(name = "OrgUnitList", description = "机构树 / org units of the reference data")
public record OrgUnitList(
        @Schema(description = "Every org unit: code, name, level (DISTRICT|TOWNSHIP|VILLAGE), parent code")
        List<OrgUnit> items) {
}
