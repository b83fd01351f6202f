package cn.daxiang.justice.evaluation.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run sent for review (提交审定), or a returned one sent again. */
@Schema(name = "RunSubmissionInput", description = "提交审定 / a run sent for review")
public record SubmissionInput(
        @NotBlank @Size(max = 2000)
        @Schema(description = "提交说明", example = "2021年度绩效评价结果，请审定", maxLength = 2000) String reasons) {
}
