package cn.daxiang.justice.mediation.domain;

/** Whether the agreement was carried out (履行情况): 已履行 fulfilled, 部分履行 partly, 未履行 not fulfilled. */
public enum Fulfilment {
    FULFILLED, PARTLY, NOT_FULFILLED
}
