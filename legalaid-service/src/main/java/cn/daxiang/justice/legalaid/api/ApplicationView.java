package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.legalaid.domain.ApplicationChannel;
import cn.daxiang.justice.legalaid.domain.ApplicationStatus;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.HardshipExemption;
import cn.daxiang.justice.legalaid.domain.NoticeKind;
import cn.daxiang.justice.legalaid.domain.NotifyingOrgan;
import cn.daxiang.justice.legalaid.domain.RecipientCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application as clients read it; personal data masked for readers who do not need it and in lists. */
@PersonalData
@Schema(name = "Application", description = "法律援助申请 / application for legal aid")
public record ApplicationView(
        UUID id,
        @Schema(description = "受理申请的机构（12位区划代码）") String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        @Schema(description = "申请人姓名（对无需完整信息的读者脱敏）") String applicantName,
        @Schema(description = "申请人公民身份号码（列表和只读角色脱敏，如 430503********123X）") String applicantIdNumber,
        @Schema(description = "联系电话（脱敏规则同上）", nullable = true) String applicantPhone,
        @Schema(description = "申请渠道：WALK_IN 来访, HOTLINE_12348 12348热线, ONLINE 网上申请, NOTIFIED 公检法通知辩护, TRANSFERRED 转交") ApplicationChannel channel,
        @Schema(description = "申请事项") String matter,
        @Schema(description = "案件类别：CIVIL 民事, CRIMINAL 刑事, ADMINISTRATIVE 行政, PLEA_WITNESS 认罪认罚见证") CaseCategory category,
        @Schema(description = "经济困难依据", nullable = true) String hardshipBasis,
        @Schema(description = "免予经济困难审查的法定情形（法律援助法第三十二条、第四十二条）", nullable = true) HardshipExemption hardshipExemption,
        @Schema(description = "受援人类别") List<RecipientCategory> recipientCategories,
        @Schema(description = "收到申请日期") LocalDate receivedOn,
        @Schema(description = "审查期限：收到申请后7日（法律援助法第四十三条；届满日为法定休假日的顺延至其后第一个工作日），"
                + "补充材料期间不计入；等待补充材料期间、通知辩护（代理）案件或节假日安排尚未录入的年份为空", nullable = true)
        LocalDate reviewDueOn,
        @Schema(description = "状态：PENDING 待审查, MATERIALS_REQUESTED 待补充材料, ACCEPTED 已受理, REFUSED 不予援助") ApplicationStatus status,
        @Schema(description = "要求补充的材料", nullable = true) String materialsRequested,
        @Schema(description = "要求补充材料日期", nullable = true) LocalDate materialsRequestedOn,
        @Schema(description = "材料补齐日期", nullable = true) LocalDate materialsReceivedOn,
        @Schema(description = "受理或不予援助的决定日期", nullable = true) LocalDate decidedOn,
        @Schema(description = "不予援助的理由（告知申请人）", nullable = true) String refusalReason,
        @Schema(description = "首次决定：ACCEPTED 受理, REFUSED 不予援助；异议责令改正后重新审查的，仍保留首次不予援助的决定", nullable = true)
        ApplicationStatus firstDecision,
        @Schema(description = "首次决定的日期（统计不予援助决定时按此日期计入）", nullable = true) LocalDate firstDecidedOn,
        @Schema(description = "收到公检法通知辩护（代理）的日期", nullable = true) LocalDate noticeReceivedOn,
        @Schema(description = "通知机关：COURT 人民法院, PROCURATORATE 人民检察院, POLICE 公安机关", nullable = true) NotifyingOrgan notifyingOrgan,
        @Schema(description = "通知类型：DEFENCE 通知辩护, REPRESENTATION 通知代理", nullable = true) NoticeKind noticeKind,
        @Schema(description = "通知文书编号", nullable = true) String noticeDocumentNumber,
        @Schema(description = "异议审查决定责令改正、申请重新审查的日期（法律援助法第四十九条）", nullable = true) LocalDate reopenedOn,
        @Schema(description = "责令改正的异议", nullable = true) UUID reopenedByObjection,
        @Schema(description = "受理后产生的案件", nullable = true) UUID caseId,
        @Schema(description = "法定期限（审查期限 APPLICATION_REVIEW）及其状态") List<Deadline> deadlines,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
