package cn.daxiang.justice.corrections.domain;

/** 教育形式：COLLECTIVE 集中教育, INDIVIDUAL 个别教育. */
public enum EducationKind {
    COLLECTIVE, INDIVIDUAL
}
