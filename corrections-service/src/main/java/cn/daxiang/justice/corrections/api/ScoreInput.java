package cn.daxiang.justice.corrections.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.util.UUID;

@Schema(name = "ScoreInput", description = "日常考核（月度） / monthly assessment score")
public record ScoreInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @Schema(description = "考核月份 YYYY-MM", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "2021-05") YearMonth month,
        @NotNull @Min(0) @Max(100) @Schema(description = "考核得分 0-100", example = "92") Integer score,
        @Size(max = 500) @Schema(description = "备注") String note,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
