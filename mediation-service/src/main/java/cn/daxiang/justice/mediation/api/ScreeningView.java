package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Screening", description = "矛盾纠纷排查报告 / a screening report")
public record ScreeningView(
        UUID id,
        String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(description = "排查发现的矛盾纠纷数") int disputesFound,
        @Schema(description = "零上报：报告了但未发现纠纷（不同于未报告）") boolean zeroReport,
        @Schema(nullable = true) String note,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
