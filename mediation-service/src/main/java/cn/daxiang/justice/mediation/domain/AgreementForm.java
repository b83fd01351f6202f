package cn.daxiang.justice.mediation.domain;

/** The form of a successful mediation's agreement: 书面协议 written or 口头协议 oral. */
public enum AgreementForm {
    WRITTEN, ORAL
}
