package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An evaluation run to make: an org unit and either a calendar year or a from/to period. */
@Schema(name = "RunInput", description = "发起绩效评价 / start an evaluation run: {orgUnit, year} or {orgUnit, from, to}")
public record RunInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "被评价机构", example = "430503000000") String orgUnit,
        @Min(value = 2000, message = "年度应在2000至2100之间") @Max(value = 2100, message = "年度应在2000至2100之间")
        @Schema(description = "年度（与 from/to 二选一）", example = "2021") Integer year,
        @Schema(description = "期间起始日期（与 year 二选一）", example = "2021-01-01") LocalDate from,
        @Schema(description = "期间截止日期（含）", example = "2021-12-31") LocalDate to) {
}
