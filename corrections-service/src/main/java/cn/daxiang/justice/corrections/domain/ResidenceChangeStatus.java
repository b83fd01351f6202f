package cn.daxiang.justice.corrections.domain;

/** A change of the place of execution (变更执行地): REQUESTED (approval open) → APPROVED | REJECTED. */
public enum ResidenceChangeStatus {
    REQUESTED, APPROVED, REJECTED
}
