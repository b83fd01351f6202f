package cn.daxiang.justice.mediation.domain;

/** How one term of an agreement was carried out, as a follow-up found it: 已履行 performed, 部分履行 partly, 未履行 not performed. */
public enum TermPerformance {
    PERFORMED, PARTLY, NOT_PERFORMED
}
