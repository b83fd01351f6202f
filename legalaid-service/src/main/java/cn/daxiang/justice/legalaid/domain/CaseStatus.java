package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a case stands. */
@Schema(name = "CaseStatus", description = "案件状态：ACCEPTED 已受理, ASSIGNED 已指派, CLOSED 已结案, TERMINATED 已终止")
public enum CaseStatus {
    ACCEPTED, ASSIGNED, CLOSED, TERMINATED
}
