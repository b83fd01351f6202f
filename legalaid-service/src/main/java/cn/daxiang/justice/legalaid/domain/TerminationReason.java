package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why legal aid was terminated (法律援助法第四十八条). */
@Schema(name = "CaseTerminationReason", description = "终止原因：NO_LONGER_ELIGIBLE 不再符合援助条件, PROCEEDINGS_ENDED 案件终止审理或被撤销, SELF_RETAINED 受援人另行委托, APPLICANT_WITHDREW 受援人要求终止, MISUSE 利用法律援助从事违法活动, FALSE_INFORMATION 隐瞒真相或提供虚假材料, OTHER 其他法定情形, ADVANCE_AID_REFUSED 先行援助后经审查不符合条件（法律援助法第四十四条）")
public enum TerminationReason {
    NO_LONGER_ELIGIBLE, PROCEEDINGS_ENDED, SELF_RETAINED, APPLICANT_WITHDREW, MISUSE, FALSE_INFORMATION, OTHER,
    /** Set only by the review of a case given in advance (法律援助法第四十四条), never by the terminate action. */
    ADVANCE_AID_REFUSED
}
