package cn.daxiang.justice.corrections.domain;

/** 评估中 pending until an opinion is given, then 已完成 completed. */
public enum InvestigationStatus {
    PENDING, COMPLETED
}
