package cn.daxiang.justice.corrections.domain;

/** The court's or authority's decision on a revocation proposal: GRANTED 撤销、收监, DENIED 不予撤销、不予收监. */
public enum RevocationOutcome {
    GRANTED, DENIED;

    public RevocationStatus status() {
        return this == GRANTED ? RevocationStatus.GRANTED : RevocationStatus.DENIED;
    }
}
