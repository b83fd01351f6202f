package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a duty lawyer (值班律师) did: the help 《中华人民共和国法律援助法》第三十条 names (法律咨询、程序选择建议、申请变更强制措施、
 * 对案件处理提出意见; article number as the task gives it, wording not seen: unconfirmed), helping to apply for legal aid
 * (《法律援助值班律师工作办法》第六条), being present when a plea agreement is signed (认罪认罚具结书签署在场, same
 * 办法, article number unconfirmed), and the meeting and file reading the 办法 allows (article numbers unconfirmed).
 */
@Schema(name = "DutyServiceKind", description = "值班律师法律帮助类型：LEGAL_CONSULTATION 法律咨询, PROCEDURE_ADVICE 程序选择建议, "
        + "COERCIVE_MEASURE_CHANGE 申请变更强制措施, CASE_OPINION 对案件处理提出意见, AID_APPLICATION_HELP 帮助申请法律援助, "
        + "PLEA_WITNESS 认罪认罚见证（签署具结书在场）, MEETING 会见, FILE_REVIEW 阅卷")
public enum DutyServiceKind {
    LEGAL_CONSULTATION, PROCEDURE_ADVICE, COERCIVE_MEASURE_CHANGE, CASE_OPINION, AID_APPLICATION_HELP, PLEA_WITNESS,
    MEETING, FILE_REVIEW
}
