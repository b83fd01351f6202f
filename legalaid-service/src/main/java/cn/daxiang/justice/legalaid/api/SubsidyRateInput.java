package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.CaseComplexity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** A case subsidy rate as the district enters it from the provincial standard (法律援助法第五十二条). */
@Schema(name = "SubsidyRateInput", description = "办案补贴标准 / the subsidy per closed case of a category and complexity, for a year")
public record SubsidyRateInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Min(value = 2000, message = "年度应在2000至2100之间") @Max(value = 2100, message = "年度应在2000至2100之间")
        @Schema(description = "适用年度（按案件结案日期所在年度）", example = "2021") Integer year,
        @NotNull @Schema(description = "案件类别：CIVIL 民事, CRIMINAL 刑事, ADMINISTRATIVE 行政, PLEA_WITNESS 认罪认罚见证") CaseCategory category,
        @Schema(description = "重大复杂案件类别；为空表示一般标准（普通案件及未单列标准的重大复杂案件适用）", nullable = true) CaseComplexity complexity,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "补贴金额须大于0")
        @Digits(integer = 10, fraction = 2, message = "补贴金额最多10位整数、2位小数")
        @Schema(description = "每案补贴金额（元，最多两位小数）", example = "1200.00") BigDecimal amount,
        @NotBlank @Size(max = 200)
        @Schema(description = "确定该标准的文件", example = "湘司发〔2021〕12号") String document,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
