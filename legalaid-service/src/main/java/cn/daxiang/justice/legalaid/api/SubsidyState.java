package cn.daxiang.justice.legalaid.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a closed case's subsidy stands. */
@Schema(name = "SubsidyState", description = "补贴状态：DUE 应发未申请, WITHHELD 评查不合格暂不发放, NO_RATE 无适用补贴标准, "
        + "REQUESTED 已申请发放（审批中或已批准）, PAID 已发放")
public enum SubsidyState {
    DUE, WITHHELD, NO_RATE, REQUESTED, PAID
}
