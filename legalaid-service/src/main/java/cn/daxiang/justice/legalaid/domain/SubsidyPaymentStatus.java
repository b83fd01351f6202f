package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a subsidy payment stands: its approval, then the payment itself. */
@Schema(name = "SubsidyPaymentStatus", description = "补贴发放状态：PENDING 审批中, APPROVED 已批准待发放, REJECTED 未批准, PAID 已发放")
public enum SubsidyPaymentStatus {
    PENDING, APPROVED, REJECTED, PAID
}
