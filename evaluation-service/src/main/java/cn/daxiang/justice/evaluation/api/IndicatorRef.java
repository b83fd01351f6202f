package cn.daxiang.justice.evaluation.api;

import cn.daxiang.justice.evaluation.domain.Direction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The indicator a comparison is about. */
@Schema(name = "IndicatorRef", description = "比较所用指标 / the indicator compared")
public record IndicatorRef(
        @Schema(example = "MEDIATION_SUCCESS_RATE") String code,
        @Schema(description = "中文名称", example = "人民调解成功率") String name,
        @Schema(description = "单位", example = "%") String unit,
        @Schema(description = "排序方向：HIGHER_IS_BETTER 降序，LOWER_IS_BETTER 升序，NEUTRAL 降序") Direction direction) {
}
