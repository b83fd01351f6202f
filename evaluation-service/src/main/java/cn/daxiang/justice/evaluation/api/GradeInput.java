package cn.daxiang.justice.evaluation.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One grading threshold: at least {@code bound} (higher is better) or at most (lower is better). */
@Schema(name = "Grade", description = "评分档次 / grading threshold")
public record GradeInput(
        @NotBlank @Size(max = 20) @Schema(description = "等级", example = "优秀") String grade,
        @NotNull @Digits(integer = 12, fraction = 4) @Schema(description = "界值", example = "100") BigDecimal bound) {
}
