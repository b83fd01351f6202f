package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.legalaid.domain.AdvanceGround;
import cn.daxiang.justice.legalaid.domain.AdvanceReviewResult;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.CaseComplexity;
import cn.daxiang.justice.legalaid.domain.CaseStatus;
import cn.daxiang.justice.legalaid.domain.TerminationReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A legal aid case as clients read it. */
@PersonalData(linkedRecords = "applicationId")
@Schema(name = "LegalAidCase", description = "法律援助案件 / legal aid case")
public record CaseView(
        UUID id,
        @Schema(description = "承办机构（工作站）12位区划代码") String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        @Schema(description = "来源申请") UUID applicationId,
        @Schema(description = "案件类别：CIVIL 民事, CRIMINAL 刑事, ADMINISTRATIVE 行政, PLEA_WITNESS 认罪认罚见证") CaseCategory category,
        @Schema(description = "重大复杂案件：DEATH_PENALTY 可能判处死刑, LIFE_IMPRISONMENT 可能判处无期徒刑, GROUP_LITIGATION 群体性诉讼；普通案件为空", nullable = true) CaseComplexity complexity,
        @Schema(description = "受理日期") LocalDate acceptedOn,
        @Schema(description = "收到公检法通知辩护（代理）的日期（来自通知辩护申请）；有此日期时指派期限自此日起算", nullable = true)
        LocalDate noticeReceivedOn,
        @Schema(description = "状态：ACCEPTED 已受理, ASSIGNED 已指派, CLOSED 已结案, TERMINATED 已终止") CaseStatus status,
        @Schema(description = "承办人员", nullable = true) UUID providerId,
        @Schema(description = "指派日期", nullable = true) LocalDate assignedOn,
        @Schema(description = "是否已听庭") boolean hearingAttended,
        @Schema(description = "听庭日期", nullable = true) LocalDate hearingOn,
        @Schema(description = "结案日期", nullable = true) LocalDate closedOn,
        @Schema(description = "办理结果", nullable = true) String result,
        @Schema(description = "终止日期", nullable = true) LocalDate terminatedOn,
        @Schema(description = "终止原因：NO_LONGER_ELIGIBLE 不再符合援助条件, PROCEEDINGS_ENDED 案件终止审理或被撤销, SELF_RETAINED 受援人另行委托, APPLICANT_WITHDREW 受援人要求终止, MISUSE 利用法律援助从事违法活动, FALSE_INFORMATION 隐瞒真相或提供虚假材料, OTHER 其他法定情形, ADVANCE_AID_REFUSED 先行援助后经审查不符合条件", nullable = true) TerminationReason terminationReason,
        @Schema(description = "终止说明", nullable = true) String terminationNote,
        @Schema(description = "先行提供法律援助的情形（法律援助法第四十四条）；非先行援助为空", nullable = true) AdvanceGround advanceGround,
        @Schema(description = "先行援助后的审查日期", nullable = true) LocalDate advanceReviewedOn,
        @Schema(description = "先行援助后的审查结论：CONFIRMED 继续援助, REFUSED 终止援助", nullable = true) AdvanceReviewResult advanceReviewResult,
        @Schema(description = "法定期限（指派期限 CASE_ASSIGNMENT，通知辩护（代理）案件为 NOTICE_ASSIGNMENT）及其状态")
        List<Deadline> deadlines,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
