package cn.daxiang.justice.corrections.domain;

/** 安置帮教对象来源：PRISON_RELEASE 刑满释放, CORRECTION_RELEASE 解除矫正. */
public enum ResettlementSource {
    PRISON_RELEASE, CORRECTION_RELEASE
}
