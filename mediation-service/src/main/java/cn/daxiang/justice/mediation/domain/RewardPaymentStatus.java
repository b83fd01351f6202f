package cn.daxiang.justice.mediation.domain;

/** A reward payment batch: SUBMITTED (its approval open) → APPROVED | REJECTED; APPROVED → PAID. */
public enum RewardPaymentStatus {
    SUBMITTED, APPROVED, REJECTED, PAID
}
