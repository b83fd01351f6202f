package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.LeaveStatus;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "LeaveRequest", description = "请假外出 / a leave request and its approval")
public record LeaveRequestView(UUID id, UUID subjectId, String orgUnit, long version, LocalDate appliedOn, LocalDate leaveFrom,
                               LocalDate leaveUntil,
                               @Schema(description = "外出天数（首尾均计）") long days,
                               String destination, String reason,
                               @Schema(description = "REQUESTED 审批中, APPROVED 已批准, REJECTED 不予批准, WITHDRAWN 已撤回, BACK 已销假") LeaveStatus status,
                               @Schema(description = "销假日期", nullable = true) LocalDate returnedOn,
                               @Schema(description = "审批申请 id（/approvals/{id}）", nullable = true) UUID approvalId,
                               @Schema(description = "法定期限及其状态 / the record's statutory due dates and their state") List<Deadline> deadlines,
                               Instant createdAt, Instant updatedAt) implements Versioned {
}
