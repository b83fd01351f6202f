package cn.daxiang.justice.mediation.domain;

/** 初任培训 initial training or 年度培训 annual training. */
public enum TrainingKind {
    INITIAL, ANNUAL
}
