package cn.daxiang.justice.corrections.domain;

/** 性别：MALE 男, FEMALE 女. */
public enum Gender {
    MALE, FEMALE
}
