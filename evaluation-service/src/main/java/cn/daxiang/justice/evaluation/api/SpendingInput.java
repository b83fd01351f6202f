package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.Fund;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** What a client sends to enter (or correct) the budget and expenditure of one year, org unit and fund. */
@Schema(name = "SpendingInput", description = "预算与支出 / the budget and expenditure of one year, org unit and fund")
public record SpendingInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Min(value = 2000, message = "年度应在2000至2100之间") @Max(value = 2100, message = "年度应在2000至2100之间")
        @Schema(description = "年度", example = "2021", minimum = "2000", maximum = "2100") Integer year,
        @NotNull @KnownOrgUnit @Schema(description = "单位代码（12位区划代码）", example = "430503000000") String orgUnit,
        @NotNull @Schema(description = "资金类型：BASIC 基本支出，PROJECT 项目支出", example = "PROJECT") Fund fund,
        @Size(max = 40) @Pattern(regexp = PROJECT_CODE_PATTERN, message = PROJECT_CODE_MESSAGE)
        @Schema(description = "项目代码（项目支出必填；小写字母开头的字母数字，成为指标名称的一部分）", example = "legalAidSubsidy",
                pattern = PROJECT_CODE_PATTERN, maxLength = 40) String projectCode,
        @Size(max = 100) @Schema(description = "项目名称（项目支出必填）", example = "法律援助办案补贴", maxLength = 100) String projectName,
        @NotNull @DecimalMin(value = "0", message = AMOUNT_NEGATIVE) @Digits(integer = 12, fraction = 2, message = AMOUNT_DIGITS)
        @Schema(description = "年初预算（元）", example = "200000.00", minimum = "0") BigDecimal budgeted,
        @DecimalMin(value = "0", message = AMOUNT_NEGATIVE) @Digits(integer = 12, fraction = 2, message = AMOUNT_DIGITS)
        @Schema(description = "调整后预算（元）；不填时等于年初预算", example = "210000.00", minimum = "0") BigDecimal adjusted,
        @NotNull @DecimalMin(value = "0", message = AMOUNT_NEGATIVE) @Digits(integer = 12, fraction = 2, message = AMOUNT_DIGITS)
        @Schema(description = "实际支出（元）", example = "198500.00", minimum = "0") BigDecimal spent,
        @DecimalMin(value = "0", inclusive = false, message = "产出目标应大于0") @Digits(integer = 12, fraction = 2, message = "产出目标最多12位整数、2位小数")
        @Schema(description = "产出目标（项目支出，如补贴案件数）", example = "380") BigDecimal outputTarget,
        @DecimalMin(value = "0", message = "实际产出不能为负数") @Digits(integer = 12, fraction = 2, message = "实际产出最多12位整数、2位小数")
        @Schema(description = "实际产出", example = "395") BigDecimal outputAchieved,
        @Size(max = 10) @Schema(description = "产出单位", example = "件") String outputUnit,
        @Size(max = 500) @Schema(description = "备注，如财政项目编号") String note,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {

    public static final String PROJECT_CODE_PATTERN = "[a-z][a-zA-Z0-9]*";
    public static final String PROJECT_CODE_MESSAGE = "项目代码应为小写字母开头的字母数字，如 legalAidSubsidy";
    public static final String AMOUNT_NEGATIVE = "金额不能为负数";
    public static final String AMOUNT_DIGITS = "金额最多12位整数、2位小数（元）";

    /** The adjusted budget: the initial one when none is given. */
    public BigDecimal adjustedOrBudgeted() {
        return adjusted != null ? adjusted : budgeted;
    }
}
