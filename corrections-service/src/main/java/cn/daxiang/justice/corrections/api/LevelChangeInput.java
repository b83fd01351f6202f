package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.SupervisionLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "LevelChangeInput", description = "调整管理等级 / change of supervision level")
public record LevelChangeInput(
        @NotNull @Schema(description = "新等级：STRICT 严管, NORMAL 普管, LENIENT 宽管")
        SupervisionLevel level,
        @NotNull @PastOrPresent @Schema(description = "生效日期，不早于接收日期和上次调整日期", example = "2021-06-01")
        LocalDate effectiveOn,
        @NotBlank @Size(max = 500) @Schema(description = "调整理由", example = "考核优秀，由普管调整为宽管")
        String reason,
        @Schema(description = "The subject's version this action is based on; or send If-Match")
        Long version) {
}
