package cn.daxiang.justice.kit.clock;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One due date of a record, as the record's view shows it. */
@Schema(name = "Deadline", description = "法定期限 / a due date the law sets for this record")
public record Deadline(
        @Schema(required = true, description = "Kind of item / 事项代码", example = "APPLICATION_REVIEW") String kind,
        @Schema(required = true, description = "事项", example = "审查法律援助申请") String name,
        @Schema(required = true, description = "法律依据", example = "《中华人民共和国法律援助法》第四十三条") String legalBasis,
        @Schema(required = true, description = "期限", example = "7日") String period,
        @Schema(required = true, description = "The day the period starts (not counted) / 起算日") LocalDate startsOn,
        @Schema(description = "Last day of the period; null while stopped or while the calendar lacks its year / 届满日", nullable = true)
        LocalDate dueOn,
        @Schema(description = "From this day the item is DUE_SOON / 提醒日", nullable = true) LocalDate remindOn,
        @Schema(description = "The day it was done / 完成日", nullable = true) LocalDate metOn,
        @Schema(description = "Stopped since this day (the period resumes with the days left) / 中止起始日", nullable = true)
        LocalDate stoppedSince,
        @Schema(required = true, description = "PENDING 未到期, DUE_SOON 即将到期, OVERDUE 已逾期, MET 按期完成, MISSED 逾期完成, "
                + "STOPPED 期限中止") DeadlineState state,
        @Schema(description = "Why the due date is not known, if so / 说明", nullable = true) String note) {
}
