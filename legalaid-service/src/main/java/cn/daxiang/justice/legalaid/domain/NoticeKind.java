package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kind of a court's, procuratorate's or police notice: 通知辩护 (法律援助法第二十五条、第二十八条, for a suspect or
 * defendant) or 通知代理 (第二十九条, for a victim or private prosecutor; article number unconfirmed); the centre assigns
 * within three days of the notice (第三十六条).
 */
@Schema(name = "NoticeKind", description = "通知类型：DEFENCE 通知辩护, REPRESENTATION 通知代理")
public enum NoticeKind {
    DEFENCE, REPRESENTATION
}
