package cn.daxiang.justice.evaluation.domain;

/** How serious a failed validation rule is. */
public enum Severity {
    ERROR,
    WARNING
}
