package cn.daxiang.justice.corrections.domain;

/**
 * 暂予监外执行的情形 (刑事诉讼法 第二百六十五条): SERIOUS_ILLNESS 有严重疾病需要保外就医, PREGNANT_OR_NURSING
 * 怀孕或者正在哺乳自己婴儿, UNABLE_TO_CARE 生活不能自理. Only subjects of type OUTSIDE_PRISON have one.
 */
public enum OutsidePrisonGround {
    SERIOUS_ILLNESS, PREGNANT_OR_NURSING, UNABLE_TO_CARE
}
