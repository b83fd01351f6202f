package cn.daxiang.justice.kit.clock;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One item of a to-do list: what is due, on which record, by which provision, when. No personal data. */
@Schema(name = "Task", description = "待办事项 / an open (or, when asked, done) statutory item")
public record Task(
        @Schema(required = true, description = "Record type / 记录类型", example = "Application") String recordType,
        @Schema(required = true, description = "Record id / 记录编号") UUID recordId,
        @Schema(required = true, description = "Path of the record / 记录地址", example = "/api/v1/legal-aid/applications/{id}")
        String record,
        @Schema(required = true, description = "Org unit of the record / 所属机构") String orgUnit,
        @Schema(required = true, description = "Kind of item / 事项代码", example = "APPLICATION_REVIEW") String kind,
        @Schema(required = true, description = "事项", example = "审查法律援助申请") String name,
        @Schema(required = true, description = "法律依据") String legalBasis,
        @Schema(required = true, description = "期限", example = "7日") String period,
        @Schema(required = true, description = "起算日") LocalDate startsOn,
        @Schema(description = "届满日; null while stopped or while the calendar lacks its year", nullable = true) LocalDate dueOn,
        @Schema(description = "完成日", nullable = true) LocalDate metOn,
        @Schema(description = "中止起始日", nullable = true) LocalDate stoppedSince,
        @Schema(required = true) DeadlineState state,
        @Schema(description = "说明", nullable = true) String note) {

    static Task of(DeadlineEntry row, DeadlineRule<?> rule, DeadlineState state) {
        return new Task(row.entityType, row.entityId, rule.link(row.entityId), row.orgUnit, row.kind, rule.name(), rule.legalBasis(),
                row.period, row.startsOn, row.dueOn, row.metOn, row.stoppedSince, state,
                row.missingYear == null ? null : row.missingYear + "年节假日安排尚未录入，到期日待定");
    }
}
