package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.legalaid.domain.SubsidyPaymentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "SubsidyPayment", description = "办案补贴发放记录 / a payment of case subsidies")
public record SubsidyPaymentView(
        UUID id,
        @Schema(description = "申请机构") String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        @Schema(description = "领取补贴的法律援助人员") UUID providerId,
        @Schema(description = "申请日期") LocalDate requestedOn,
        @Schema(description = "申请说明") String reasons,
        @Schema(description = "合计金额（元）") BigDecimal total,
        SubsidyPaymentStatus status,
        @Schema(description = "所发放的案件及冻结金额") List<Line> cases,
        @Schema(description = "审批申请 id（kind SUBSIDY_PAYMENT）", nullable = true) UUID approvalId,
        @Schema(description = "批准日期", nullable = true) LocalDate approvedOn,
        @Schema(description = "发放日期", nullable = true) LocalDate paidOn,
        @Schema(description = "发放人（部门或经办人）", nullable = true) String paidBy,
        @Schema(description = "凭证号", nullable = true) String voucherNumber,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    @Schema(name = "SubsidyPaymentLine", description = "发放案件：申请时冻结的金额及其依据")
    public record Line(
            UUID caseId,
            @Schema(description = "所依据的补贴标准") UUID rateId,
            @Schema(description = "补贴标准金额（元）") BigDecimal rate,
            @Schema(description = "发放比例") BigDecimal share,
            @Schema(description = "金额（元）") BigDecimal amount,
            @Schema(description = "是否有效（未批准的发放不再占用该案）") boolean active) {
    }
}
