package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A figure entered by hand, with who entered it and when. */
@Schema(name = "ManualFigure", description = "人工填报数据 / a figure entered by hand")
public record ManualFigureView(UUID id, String orgUnit, long version, String metric, LocalDate from, LocalDate to,
                               BigDecimal value, @Schema(nullable = true) String note,
                               @Schema(description = "填报人") String createdBy, Instant createdAt,
                               @Schema(description = "最后修改人") String updatedBy, Instant updatedAt) implements Versioned {
}
