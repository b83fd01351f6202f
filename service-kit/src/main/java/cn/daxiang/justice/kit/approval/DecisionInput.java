package cn.daxiang.justice.kit.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approver's decision at the request's current step. */
@Schema(name = "ApprovalDecisionInput", description = "审批意见 / a decision at the current step")
public record DecisionInput(
        @NotNull
        @Schema(description = "APPROVE 同意, REJECT 不同意, RETURN 退回补充材料")
        Outcome outcome,
        @NotBlank @Size(max = 1000)
        @Schema(description = "审批意见", example = "同意外出，外出期间每日电话报告", maxLength = 1000)
        String opinion,
        @Schema(description = "The version this decision is based on; or send If-Match")
        Long version) {
}
