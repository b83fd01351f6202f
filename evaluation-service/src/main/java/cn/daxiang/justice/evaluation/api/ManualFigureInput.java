package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a client sends to enter (or correct) a figure by hand. */
@Schema(name = "ManualFigureInput", description = "人工填报数据 / a figure entered by hand")
public record ManualFigureInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "(opening:)?" + TargetInput.METRIC_PATTERN,
                message = "指标名称应为以点分隔的小写开头名称，如 reconsideration.received；期初数写作 opening:指标名称")
        @Schema(description = "指标名称：人工填报目录（manual-figures/catalog）中的指标或业务线的指标；期初数写作 opening:指标名称，期间截止日期为期初数的截至日期",
                example = "reconsideration.received") String metric,
        @NotNull @KnownOrgUnit @Schema(description = "机构代码", example = "430503000000") String orgUnit,
        @NotNull @Schema(description = "期间起始日期", example = "2021-01-01") LocalDate from,
        @NotNull @Schema(description = "期间截止日期（含）", example = "2021-12-31") LocalDate to,
        @NotNull @DecimalMin(value = "0", message = "数值不能为负数") @Digits(integer = 12, fraction = 4)
        @Schema(description = "数值", example = "15") BigDecimal value,
        @Size(max = 500) @Schema(description = "来源说明，如“摘自2021年绩效评价报告”") String note,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
