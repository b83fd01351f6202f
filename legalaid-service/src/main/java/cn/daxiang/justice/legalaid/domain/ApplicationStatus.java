package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an application stands. */
@Schema(name = "ApplicationStatus", description = "申请状态：PENDING 待审查, MATERIALS_REQUESTED 待补充材料, ACCEPTED 已受理, REFUSED 不予援助")
public enum ApplicationStatus {
    PENDING, MATERIALS_REQUESTED, ACCEPTED, REFUSED
}
