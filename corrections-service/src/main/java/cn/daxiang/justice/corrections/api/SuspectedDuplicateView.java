package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.DuplicateStatus;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A suspected duplicate as the district admin's review queue shows it: the two records by id and unit,
 * the ID number masked. Each record's details are read one at a time at {@code subjects/{id}}.
 */
@Schema(name = "SuspectedDuplicate", description = "疑似重复在矫人员 / a person possibly in correction twice, for review")
public record SuspectedDuplicateView(
        UUID id,
        String orgUnit,
        long version,
        @Schema(description = "OPEN 待核查, CONFIRMED 确认为同一人（后登记的记录已删除）, DISMISSED 已排除")
        DuplicateStatus status,
        @Schema(description = "后登记、被标记的矫正对象记录")
        UUID subjectId,
        @Schema(description = "该记录所属机构；确认后记录已删除则为空", nullable = true)
        String subjectOrgUnit,
        @Schema(description = "先在矫的矫正对象记录")
        UUID existingSubjectId,
        @Schema(description = "该记录所属机构；记录已删除则为空", nullable = true)
        String existingSubjectOrgUnit,
        @Schema(description = "身份证号码（脱敏），如 430503********123X；记录均已删除则为空", nullable = true)
        String idNumber,
        @Schema(nullable = true)
        Instant resolvedAt,
        @Schema(nullable = true)
        String resolvedBy,
        @Schema(description = "核查说明", nullable = true)
        String note,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
