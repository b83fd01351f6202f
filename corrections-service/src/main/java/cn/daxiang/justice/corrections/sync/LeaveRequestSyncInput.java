package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.LeaveRequestInput;
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

/** A leave request as uploaded through sync: the API's {@link LeaveRequestInput} plus its subject (the API's path). */
@Schema(name = "LeaveRequestSyncInput", description = "请假外出申请（同步） / a leave request, as uploaded through sync")
public record LeaveRequestSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @PastOrPresent @Schema(description = "书面申请日期", example = "2021-09-27") LocalDate appliedOn,
        @NotNull @Schema(description = "外出开始日期", example = "2021-09-30") LocalDate leaveFrom,
        @NotNull @Schema(description = "外出截止日期", example = "2021-10-08") LocalDate leaveUntil,
        @NotBlank @Size(max = 100) @Schema(description = "外出目的地（市、县）", example = "广东省深圳市") String destination,
        @NotBlank @Size(max = 1000) @Schema(description = "外出事由", example = "探望住院的父亲") String reason,
        @Valid @Size(max = 20) @Schema(description = "证明材料（引用）") List<AttachmentInput> attachments,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<LeaveRequestInput> {

    public LeaveRequestInput toApiInput() {
        return new LeaveRequestInput(id, appliedOn, leaveFrom, leaveUntil, destination, reason, attachments);
    }
}
