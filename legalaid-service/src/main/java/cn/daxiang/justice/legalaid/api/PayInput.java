package cn.daxiang.justice.legalaid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The payment of an approved subsidy payment: when and by whom. */
@Schema(name = "SubsidyPayInput", description = "补贴发放登记 / recording that an approved payment was paid")
public record PayInput(
        @NotNull @PastOrPresent @Schema(description = "发放日期：不早于申请日期和审批同意日期，不晚于今天（北京时间）", example = "2023-12-28") LocalDate paidOn,
        @NotBlank @Size(max = 200) @Schema(description = "发放人（部门或经办人）", example = "大祥区法律援助中心财务室") String paidBy,
        @Size(max = 100) @Schema(description = "凭证号", nullable = true) String voucherNumber,
        @Schema(description = "The payment version this is based on; or send If-Match") Long version) {
}
