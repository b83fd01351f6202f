package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.legalaid.domain.ServicePointLevel;
import cn.daxiang.justice.legalaid.domain.ServicePointStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A service point as clients read it. */
@Schema(name = "ServicePoint", description = "公共法律服务网点 / public legal service point")
public record ServicePointView(
        UUID id,
        @Schema(description = "网点所属机构的12位区划代码", example = "430503101000")
        String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1")
        long version,
        @Schema(description = "层级：CENTER 中心, WORKSTATION 工作站, WORK_POINT 工作点")
        ServicePointLevel level,
        @Schema(description = "网点名称", example = "罗市镇公共法律服务工作站")
        String name,
        @Schema(description = "地址", example = "大祥区罗市镇司法所", nullable = true)
        String address,
        @Schema(description = "状态：OPEN 运行, CLOSED 关闭")
        ServicePointStatus status,
        @Schema(description = "开放日期", nullable = true)
        java.time.LocalDate openedOn,
        @Schema(description = "关闭日期", nullable = true)
        java.time.LocalDate closedOn,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
