package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An evaluation run to make: an org unit and a year, a quarter or a month of a year, or a from/to period. */
@Schema(name = "RunInput", description = "发起绩效评价 / start an evaluation run: {orgUnit, year}, {orgUnit, year, quarter}, "
        + "{orgUnit, year, month} or {orgUnit, from, to}")
public record RunInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "被评价机构", example = "430503000000") String orgUnit,
        @Min(value = 2000, message = "年度应在2000至2100之间") @Max(value = 2100, message = "年度应在2000至2100之间")
        @Schema(description = "年度（与 from/to 二选一）", example = "2021") Integer year,
        @Min(value = 1, message = "季度应为1至4") @Max(value = 4, message = "季度应为1至4")
        @Schema(description = "季度 1-4（须同时提供 year，不能与 month 同用）", example = "1") Integer quarter,
        @Min(value = 1, message = "月份应为1至12") @Max(value = 12, message = "月份应为1至12")
        @Schema(description = "月份 1-12（须同时提供 year，不能与 quarter 同用）", example = "6") Integer month,
        @Schema(description = "期间起始日期（与 year 二选一）", example = "2021-01-01") LocalDate from,
        @Schema(description = "期间截止日期（含）", example = "2021-12-31") LocalDate to,
        @Schema(description = "同时为每个直属下级机构各做一次评价（各自冻结，记录 parentRunId）/ also run every direct child org unit")
        Boolean includeChildren) {

    public boolean children() {
        return Boolean.TRUE.equals(includeChildren);
    }
}
