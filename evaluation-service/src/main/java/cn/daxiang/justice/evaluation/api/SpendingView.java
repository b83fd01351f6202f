package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.Fund;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The budget and expenditure of one year, org unit and fund, with who entered it and when. */
@Schema(name = "Spending", description = "预算与支出 / the budget and expenditure of one year, org unit and fund")
public record SpendingView(UUID id, String orgUnit, long version, int year, Fund fund,
                           @Schema(nullable = true, example = "legalAidSubsidy") String projectCode,
                           @Schema(nullable = true, example = "法律援助办案补贴") String projectName,
                           @Schema(description = "年初预算（元）", example = "200000.00") BigDecimal budgeted,
                           @Schema(description = "调整后预算（元）", example = "210000.00") BigDecimal adjusted,
                           @Schema(description = "实际支出（元）", example = "198500.00") BigDecimal spent,
                           @Schema(nullable = true) BigDecimal outputTarget, @Schema(nullable = true) BigDecimal outputAchieved,
                           @Schema(nullable = true) String outputUnit, @Schema(nullable = true) String note,
                           @Schema(description = "填报人") String createdBy, Instant createdAt,
                           @Schema(description = "最后修改人") String updatedBy, Instant updatedAt) implements Versioned {
}
