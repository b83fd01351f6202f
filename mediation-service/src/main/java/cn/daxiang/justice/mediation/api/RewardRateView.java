package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.mediation.domain.ComplexityGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "RewardRate", description = "以奖代补标准 / reward per archived dossier")
public record RewardRateView(
        UUID id,
        String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        int year,
        @Schema(description = "卷宗难易等级：SIMPLE 简易, GENERAL 一般, COMPLEX 疑难复杂, MAJOR 重大") ComplexityGrade complexityGrade,
        @Schema(description = "每卷奖励金额（元）") BigDecimal amount,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
