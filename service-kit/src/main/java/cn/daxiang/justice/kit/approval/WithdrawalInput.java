package cn.daxiang.justice.kit.approval;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pending request withdrawn by its requester (or a district admin). */
@Schema(name = "ApprovalWithdrawalInput", description = "撤回审批申请 / a pending request withdrawn")
public record WithdrawalInput(
        @Size(max = 1000)
        @Schema(description = "撤回原因", example = "当事人不再外出", maxLength = 1000, nullable = true)
        String reason,
        @Schema(description = "The version this is based on; or send If-Match")
        Long version) {
}
