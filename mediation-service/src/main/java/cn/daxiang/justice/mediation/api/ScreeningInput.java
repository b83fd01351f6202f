package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ScreeningInput", description = "矛盾纠纷排查报告 / a screening report; 0 disputes found is a zero report (零上报)")
public record ScreeningInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "报告机构的12位区划代码", example = "430503101000") String orgUnit,
        @NotNull @Schema(description = "排查期间开始", example = "2021-03-01") LocalDate periodStart,
        @NotNull @Schema(description = "排查期间结束", example = "2021-03-31") LocalDate periodEnd,
        @NotNull @Min(value = 0, message = "排查发现纠纷数不能为负") @Max(value = 100000, message = "排查发现纠纷数过大")
        @Schema(description = "排查发现的矛盾纠纷数；0 即零上报") Integer disputesFound,
        @Schema(description = "零上报：可省略；如填写，须与 disputesFound = 0 一致") Boolean zeroReport,
        @Size(max = 1000) @Schema(description = "说明", maxLength = 1000) String note,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
