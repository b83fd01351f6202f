package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.CaseComplexity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "SubsidyRate", description = "办案补贴标准 / case subsidy rate")
public record SubsidyRateView(
        UUID id,
        @Schema(description = "录入机构（区局）") String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        @Schema(description = "适用年度（按结案日期）") int year,
        @Schema(description = "案件类别") CaseCategory category,
        @Schema(description = "重大复杂案件类别；为空表示一般标准", nullable = true) CaseComplexity complexity,
        @Schema(description = "每案补贴金额（元）") BigDecimal amount,
        @Schema(description = "确定该标准的文件") String document,
        @Schema(description = "是否已用于补贴发放（已用的标准不能修改）") boolean used,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
