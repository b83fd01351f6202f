package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.approval.AttachmentInput;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request to pay closed cases' subsidies to their provider; the amounts are taken from what each case is owed. */
@Schema(name = "SubsidyPaymentInput", description = "办案补贴发放申请 / a request to pay closed cases' subsidies to a provider")
public record SubsidyPaymentInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "申请机构：司法所为本所案件申请（司法所审核、区局审批），区局申请的由区局审批", example = "430503004000") String orgUnit,
        @NotNull @Schema(description = "承办人员（领取补贴的法律援助人员）") UUID providerId,
        @NotEmpty @Size(max = 200) @Schema(description = "已结案案件 id（均由该人员承办，且在申请机构范围内）") List<@NotNull UUID> caseIds,
        @NotNull @PastOrPresent @Schema(description = "申请日期，不早于各案结案日期", example = "2023-12-20") LocalDate requestedOn,
        @NotBlank @Size(max = 1000) @Schema(description = "申请说明", example = "2023年第四季度结案案件办案补贴") String reasons,
        @Valid @Size(max = 20) @Schema(description = "附件（结案材料、评查意见等）", nullable = true) List<AttachmentInput> attachments) {
}
