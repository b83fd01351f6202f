package cn.daxiang.justice.corrections.domain;

/** 疑似重复核查：OPEN 待核查, CONFIRMED 确认为同一人（后登记的记录已删除）, DISMISSED 已排除. */
public enum DuplicateStatus {
    OPEN, CONFIRMED, DISMISSED
}
