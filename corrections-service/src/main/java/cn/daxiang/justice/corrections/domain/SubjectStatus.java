package cn.daxiang.justice.corrections.domain;

/** 状态：IN_CORRECTION 在矫, RELEASED 解除矫正, TERMINATED 终止矫正. */
public enum SubjectStatus {
    IN_CORRECTION, RELEASED, TERMINATED
}
