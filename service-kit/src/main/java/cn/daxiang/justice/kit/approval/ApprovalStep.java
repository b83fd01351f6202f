package cn.daxiang.justice.kit.approval;

import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;

/**
 * One step of a route: who decides (a role at an org unit). {@code TOWNSHIP}: the township office that holds the
 * record (司法所); {@code DISTRICT}: the district bureau above it (区局, the county-level agency).
 */
public record ApprovalStep(OrgUnitLevel level, String role, String orgUnit) {
}
