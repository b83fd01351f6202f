package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current version of an indicator definition. */
@Schema(name = "Indicator", description = "评价指标定义 / indicator definition (current version)")
public record IndicatorView(UUID id, String orgUnit, long version, String code, String nameZh, String nameEn,
                            String numerator, String denominator, BigDecimal factor, int decimals, String unit,
                            Direction direction, List<GradeInput> grades, @Schema(nullable = true) BigDecimal weight, boolean active,
                            @Schema(nullable = true) String description, Instant createdAt, Instant updatedAt) implements Versioned {
}
