package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.kit.approval.AttachmentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "LeaveRequestInput", description = "请假外出申请 / a request to leave the city or county of residence")
public record LeaveRequestInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = "书面申请日期，不晚于外出开始日期", example = "2021-09-27") LocalDate appliedOn,
        @NotNull @Schema(description = "外出开始日期", example = "2021-09-30") LocalDate leaveFrom,
        @NotNull @Schema(description = "外出截止日期（须于当日返回），每次不超过三十日；七日以内由司法所审批，超过七日经司法所初审报区局审批",
                example = "2021-10-08") LocalDate leaveUntil,
        @NotBlank @Size(max = 100) @Schema(description = "外出目的地（市、县）", example = "广东省深圳市", maxLength = 100) String destination,
        @NotBlank @Size(max = 1000) @Schema(description = "外出事由", example = "探望住院的父亲", maxLength = 1000) String reason,
        @Valid @Size(max = 20) @Schema(description = "证明材料（引用），如诊断证明、单位证明") List<AttachmentInput> attachments) {
}
