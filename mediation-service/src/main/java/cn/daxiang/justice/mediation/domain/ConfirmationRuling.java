package cn.daxiang.justice.mediation.domain;

/**
 * The court's ruling on an application for judicial confirmation (民事诉讼法 第二百零二条 in the 2021 text; the 2023
 * number, probably 第二百零六条, unconfirmed): 裁定调解协议有效 confirmed, or 裁定驳回申请 rejected (the parties may then change the agreement or reach a new one by mediation, or sue).
 */
public enum ConfirmationRuling {
    CONFIRMED, REJECTED
}
