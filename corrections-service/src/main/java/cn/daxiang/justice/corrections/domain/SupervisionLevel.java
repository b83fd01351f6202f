package cn.daxiang.justice.corrections.domain;

/** 分级处遇：STRICT 严管, NORMAL 普管, LENIENT 宽管. */
public enum SupervisionLevel {
    STRICT, NORMAL, LENIENT
}
