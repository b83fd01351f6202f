package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** What a client sends to create or replace a target. */
@Schema(name = "TargetInput", description = "任务指标 / target set from above for one org unit, year and metric")
public record TargetInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent")
        UUID id,
        @NotNull @Min(value = 2000, message = "年度应在2000至2100之间") @Max(value = 2100, message = "年度应在2000至2100之间")
        @Schema(description = "年度", example = "2021", minimum = "2000", maximum = "2100")
        Integer year,
        @NotNull @KnownOrgUnit
        @Schema(description = "任务下达到的机构（12位区划代码）", example = "430503000000")
        String orgUnit,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = TargetInput.METRIC_PATTERN,
                message = "指标名称应为以点分隔的小写开头名称，如 legalaid.cases.accepted")
        @Schema(description = "指标名称（各业务线统计目录中的名称）", example = "legalaid.cases.accepted",
                pattern = TargetInput.METRIC_PATTERN, maxLength = 100)
        String metric,
        @NotNull @DecimalMin(value = "0", message = "任务值不能为负数")
        @Digits(integer = 12, fraction = 2, message = "任务值最多12位整数、2位小数")
        @Schema(description = "任务值", example = "380", minimum = "0")
        BigDecimal value,
        @Size(max = 500)
        @Schema(description = "备注，如任务来源文件", example = "省厅下达2021年法律援助案件任务数")
        String note,
        @Schema(description = "The version this change is based on (updates only); or send If-Match")
        Long version) implements SyncInput {

    public static final String METRIC_PATTERN = "[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+";
}
