package cn.daxiang.justice.corrections.domain;

/** 帮教状态：IN_SUPPORT 帮教中, ENDED 帮教结束. */
public enum ResettlementStatus {
    IN_SUPPORT, ENDED
}
