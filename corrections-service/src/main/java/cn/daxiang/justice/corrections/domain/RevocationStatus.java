package cn.daxiang.justice.corrections.domain;

/**
 * A revocation proposal: DRAFTED (its approval open) → SUBMITTED (approved, sent to the court or deciding authority) |
 * WITHDRAWN (not approved, or its request withdrawn: not sent); SUBMITTED → GRANTED | DENIED (the court's or authority's decision).
 */
public enum RevocationStatus {
    DRAFTED, SUBMITTED, WITHDRAWN, GRANTED, DENIED;

    public static final String LABELS = "DRAFTED 审批中, SUBMITTED 已提请（待裁定、决定）, WITHDRAWN 未提请（审批不同意或撤回申请）, "
            + "GRANTED 已裁定撤销或决定收监, DENIED 不予撤销或不予收监";
}
