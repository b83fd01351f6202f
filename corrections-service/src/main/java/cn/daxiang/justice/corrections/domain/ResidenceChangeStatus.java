package cn.daxiang.justice.corrections.domain;

/** A change of the place of execution (变更执行地): REQUESTED (approval open) → APPROVED | REJECTED | WITHDRAWN (撤回). */
public enum ResidenceChangeStatus {
    REQUESTED, APPROVED, REJECTED, WITHDRAWN
}
