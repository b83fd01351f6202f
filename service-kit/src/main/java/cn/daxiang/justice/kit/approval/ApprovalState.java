package cn.daxiang.justice.kit.approval;

/** Where a request stands: with an approver, back with the requester for more information, or decided for good. */
public enum ApprovalState {
    /** Awaiting the decision of its current step. */
    PENDING,
    /** Returned for more information (退回补充材料); the requester resubmits it from the first step. */
    RETURNED,
    /** Approved at its last step: the action it asked for has taken effect. */
    APPROVED,
    /** Rejected at some step: the action does not take effect. */
    REJECTED,
    /** Withdrawn by its requester (or a district admin) while pending (撤回): the action does not take effect. */
    WITHDRAWN;

    public boolean isDecided() {
        return this == APPROVED || this == REJECTED;
    }

    /** Closed for good: decided or withdrawn. */
    public boolean isClosed() {
        return isDecided() || this == WITHDRAWN;
    }
}
