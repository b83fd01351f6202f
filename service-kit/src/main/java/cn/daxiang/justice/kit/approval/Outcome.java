package cn.daxiang.justice.kit.approval;

/** An approver's decision at one step: 同意, 不同意, 退回补充. */
public enum Outcome {
    APPROVE, REJECT, RETURN
}
