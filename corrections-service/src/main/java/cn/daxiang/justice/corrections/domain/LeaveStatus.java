package cn.daxiang.justice.corrections.domain;

/**
 * A leave request (请假外出): REQUESTED (its approval open) → APPROVED | REJECTED | WITHDRAWN (the request withdrawn while
 * pending); APPROVED → BACK (销假, returned).
 */
public enum LeaveStatus {
    REQUESTED, APPROVED, REJECTED, WITHDRAWN, BACK
}
