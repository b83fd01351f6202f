package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What an office sends to state that it had nothing to record in one line in one month. */
@Schema(name = "ZeroReportInput", description = "零报告 / a zero report of one office, line and month")
public record ZeroReportInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "机构代码（司法所）", example = "430503101000") String orgUnit,
        @NotNull @Schema(description = "业务条线", enumeration = {"CORRECTIONS", "MEDIATION", "LEGAL_AID"}, example = "LEGAL_AID") Line line,
        @NotNull @Min(value = 2000, message = "年度应在2000至2100之间") @Max(value = 2100, message = "年度应在2000至2100之间")
        @Schema(description = "年度", example = "2021") Integer year,
        @NotNull @Min(value = 1, message = "月份应在1至12之间") @Max(value = 12, message = "月份应在1至12之间")
        @Schema(description = "月份", example = "3") Integer month,
        @Size(max = 500) @Schema(description = "说明，如“本月无新受理案件”") String note,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
