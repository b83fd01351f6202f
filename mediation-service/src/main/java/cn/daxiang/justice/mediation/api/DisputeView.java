package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.mediation.domain.AgreementForm;
import cn.daxiang.justice.mediation.domain.ComplexityGrade;
import cn.daxiang.justice.mediation.domain.ConfirmationRuling;
import cn.daxiang.justice.mediation.domain.DisputeCategory;
import cn.daxiang.justice.mediation.domain.DisputeSource;
import cn.daxiang.justice.mediation.domain.DisputeStatus;
import cn.daxiang.justice.mediation.domain.Referral;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dispute as clients read it. */
@PersonalData
@Schema(name = "Dispute", description = "矛盾纠纷 / a dispute and its mediation")
public record DisputeView(
        UUID id,
        @Schema(description = "纠纷所在机构的12位区划代码") String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        UUID committeeId,
        LocalDate registeredOn,
        @Schema(description = "纠纷来源：SCREENING 排查, APPLICATION 当事人申请, POLICE_REFERRAL 公安移送, "
                + "COURT_ENTRUSTED 法院委托, GOVERNMENT_ASSIGNED 政府交办, PETITION_REFERRAL 信访移送")
        DisputeSource source,
        @Schema(description = "纠纷类别：MARRIAGE_FAMILY 婚姻家庭, NEIGHBOURHOOD 邻里, LAND_HOUSING 山林土地房屋, CONTRACT 合同, "
                + "DAMAGES 损害赔偿, LABOUR 劳动争议, LAND_REQUISITION 征地拆迁, MEDICAL 医疗, TRAFFIC 交通事故, OTHER 其他")
        DisputeCategory category,
        String summary,
        @Schema(nullable = true) BigDecimal amountInvolved,
        @Schema(description = "状态：REGISTERED 已登记, MEDIATING 调解中, SUCCEEDED 调解成功, FAILED 调解不成, WITHDRAWN 撤回")
        DisputeStatus status,
        @Schema(description = "预防矛盾纠纷升级") boolean escalationPrevented,
        @Schema(description = "重大矛盾纠纷") boolean serious,
        @Schema(description = "开始调解日期", nullable = true) LocalDate startedOn,
        @Schema(description = "调解终结日期", nullable = true) LocalDate concludedOn,
        @Schema(description = "协议形式（调解成功时）：WRITTEN 书面协议, ORAL 口头协议", nullable = true) AgreementForm agreementForm,
        @Schema(description = "调解不成时的引导去向：LITIGATION 诉讼, ARBITRATION 仲裁, ADMINISTRATIVE 行政处理, PETITION 信访, NONE 未转介", nullable = true)
        Referral referral,
        @Schema(nullable = true) String conclusionNote,
        @Schema(description = "卷宗归档日期", nullable = true) LocalDate archivedOn,
        @Schema(description = "卷宗难易等级：SIMPLE 简易, GENERAL 一般, COMPLEX 疑难复杂, MAJOR 重大", nullable = true) ComplexityGrade complexityGrade,
        @Schema(description = "卷宗编号", nullable = true) String dossierNumber,
        @Schema(description = "延期至（调结期限）", nullable = true) LocalDate extendedUntil,
        @Schema(description = "延期理由", nullable = true) String extensionReason,
        @Schema(description = "调解协议生效日期；空则以终结日期为准", nullable = true) LocalDate agreementEffectiveOn,
        @Schema(description = "当事人决定申请司法确认") boolean confirmationSought,
        @Schema(description = "申请司法确认日期", nullable = true) LocalDate confirmationAppliedOn,
        @Schema(description = "受理司法确认申请的人民法院", nullable = true) String confirmationCourt,
        @Schema(description = "司法确认裁定：CONFIRMED 已司法确认（裁定调解协议有效）, REJECTED 裁定驳回申请（当事人可重新调解或起诉）",
                nullable = true) ConfirmationRuling confirmationRuling,
        @Schema(description = "司法确认裁定日期", nullable = true) LocalDate confirmationRuledOn,
        @Schema(description = "司法确认案号", nullable = true) String confirmationCaseNumber,
        @Schema(description = "调解协议内容（调解成功且已登记时）", nullable = true) AgreementView agreement,
        @Schema(description = "移送（委托、交办）机关", nullable = true) String referringOrgan,
        @Schema(description = "移送文书编号", nullable = true) String referralDocumentNumber,
        @Schema(description = "收到移送的日期", nullable = true) LocalDate referralReceivedOn,
        @Schema(description = "向移送机关反馈调处结果的日期", nullable = true) LocalDate feedbackOn,
        @Schema(description = "反馈内容", nullable = true) String feedbackContent,
        List<PartyView> parties,
        @Schema(description = "承办调解员 id，第一位为主办") List<UUID> mediatorIds,
        @Schema(description = "法定期限：调结（一个月，或延期至）与申请司法确认（30日）。只在查看单件纠纷及其写入的应答中给出，"
                + "列表与同步中为空 / the dispute's due dates, on the single view only", nullable = true)
        List<Deadline> deadlines,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
