package cn.daxiang.justice.evaluation.calc;

/** Whether a source (a line's service, a manual figure) answered for a run. */
public enum Availability {
    AVAILABLE,
    UNAVAILABLE
}
