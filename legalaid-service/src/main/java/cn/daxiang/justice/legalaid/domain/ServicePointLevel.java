package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a point sits in the network: 中心 the district centre, 工作站 a township workstation, 工作点 a village or community work point. */
@Schema(name = "ServicePointLevel", description = "服务网点层级：CENTER 中心, WORKSTATION 工作站, WORK_POINT 工作点")
public enum ServicePointLevel {
    CENTER, WORKSTATION, WORK_POINT
}
