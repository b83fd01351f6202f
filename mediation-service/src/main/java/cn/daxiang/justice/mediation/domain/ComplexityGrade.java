package cn.daxiang.justice.mediation.domain;

/** The complexity grade of an archived dossier (卷宗): 简易 simple, 一般 general, 疑难复杂 complex, 重大 major. */
public enum ComplexityGrade {
    SIMPLE, GENERAL, COMPLEX, MAJOR
}
