package cn.daxiang.justice.evaluation.domain;

/** A run is COMPLETE when every line answered, PARTIAL when one could not be reached (run again later). */
public enum RunStatus {
    COMPLETE,
    PARTIAL
}
