package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.legalaid.domain.ServicePointLevel;
import cn.daxiang.justice.legalaid.domain.ServicePointStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What a client sends to create or replace a service point. */
@Schema(name = "ServicePointInput", description = "公共法律服务网点 / public legal service point")
public record ServicePointInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent")
        UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "网点所属机构的12位区划代码", example = "430503101000")
        String orgUnit,
        @NotNull
        @Schema(description = "层级：CENTER 中心, WORKSTATION 工作站, WORK_POINT 工作点")
        ServicePointLevel level,
        @NotBlank @Size(max = 100)
        @Schema(description = "网点名称", example = "罗市镇公共法律服务工作站", maxLength = 100)
        String name,
        @Size(max = 200)
        @Schema(description = "地址（可选）", example = "大祥区罗市镇司法所", maxLength = 200)
        String address,
        @NotNull
        @Schema(description = "状态：OPEN 运行, CLOSED 关闭")
        ServicePointStatus status,
        @Schema(description = "开放日期（可选），用于按日期统计网点数", example = "2019-06-01")
        java.time.LocalDate openedOn,
        @Schema(description = "关闭日期（仅限状态为 CLOSED 的网点，可选）", example = "2021-09-30")
        java.time.LocalDate closedOn,
        @Schema(description = "The version this change is based on (updates only); or send If-Match")
        Long version) implements SyncInput {
}
