package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Identified;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up as clients read it. */
@PersonalData(linkedRecords = "caseId")
@Schema(name = "CaseFollowUp", description = "回访 / follow-up")
public record FollowUpView(
        UUID id,
        @Schema(description = "案件所属机构") String orgUnit,
        long version,
        UUID caseId,
        @Schema(description = "回访日期") LocalDate followUpOn,
        @Schema(description = "是否满意") boolean satisfied,
        @Schema(description = "回访记录", nullable = true) String notes,
        Instant createdAt,
        Instant updatedAt) implements Identified {
}
