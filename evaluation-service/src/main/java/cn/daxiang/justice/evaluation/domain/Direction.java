package cn.daxiang.justice.evaluation.domain;

/** Which way an indicator improves; counts quoted in the report are {@code NEUTRAL}. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEUTRAL
}
