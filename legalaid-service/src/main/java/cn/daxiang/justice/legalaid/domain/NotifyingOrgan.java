package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organ whose notice (通知辩护/通知代理) brought a case (法律援助法第三十六条). */
@Schema(name = "NotifyingOrgan", description = "通知机关：COURT 人民法院, PROCURATORATE 人民检察院, POLICE 公安机关")
public enum NotifyingOrgan {
    COURT, PROCURATORATE, POLICE
}
