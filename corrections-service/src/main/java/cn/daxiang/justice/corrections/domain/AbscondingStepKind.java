package cn.daxiang.justice.corrections.domain;

/** The ways of searching (实施办法: 通信联络、信息化核查、实地查访; the notices to the police and procuratorate). */
public enum AbscondingStepKind {
    PHONE, INFORMATION_CHECK, VISIT, FAMILY_CONTACT, NOTIFY_POLICE, NOTIFY_PROCURATORATE, OTHER;

    public static final String LABELS = "PHONE 通信联络, INFORMATION_CHECK 信息化核查, VISIT 实地查找, FAMILY_CONTACT 联系家属, "
            + "NOTIFY_POLICE 通知公安机关协助查找, NOTIFY_PROCURATORATE 通报人民检察院, OTHER 其他";
}
