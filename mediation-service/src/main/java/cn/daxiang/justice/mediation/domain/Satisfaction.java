package cn.daxiang.justice.mediation.domain;

/** 当事人满意度: 满意 satisfied, 基本满意 basically satisfied, 不满意 dissatisfied. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
