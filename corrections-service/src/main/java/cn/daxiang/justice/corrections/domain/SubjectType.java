package cn.daxiang.justice.corrections.domain;

/** 矫正类别：CONTROL 管制, PROBATION 缓刑, PAROLE 假释, OUTSIDE_PRISON 暂予监外执行. */
public enum SubjectType {
    CONTROL, PROBATION, PAROLE, OUTSIDE_PRISON
}
