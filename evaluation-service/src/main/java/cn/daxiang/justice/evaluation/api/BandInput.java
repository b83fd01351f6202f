package cn.daxiang.justice.evaluation.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One band of a BANDED leaf: a value reaching {@code bound} (at most, when lower is better) earns {@code share} of the points. */
@Schema(name = "ScoreBand", description = "分档 / a band of a BANDED leaf")
public record BandInput(
        @NotNull @Digits(integer = 12, fraction = 4) @Schema(description = "界值", example = "95") BigDecimal bound,
        @NotNull @DecimalMin(value = "0", message = "得分比例应在0到1之间") @DecimalMax(value = "1", message = "得分比例应在0到1之间")
        @Digits(integer = 1, fraction = 4) @Schema(description = "得分比例（0-1）", example = "0.8") BigDecimal share) {
}
