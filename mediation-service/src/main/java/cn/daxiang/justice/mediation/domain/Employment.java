package cn.daxiang.justice.mediation.domain;

/** 专职 full-time or 兼职 part-time mediator. */
public enum Employment {
    FULL_TIME, PART_TIME
}
