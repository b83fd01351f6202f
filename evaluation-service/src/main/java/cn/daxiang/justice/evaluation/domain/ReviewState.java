package cn.daxiang.justice.evaluation.domain;

/** Where the review of a run stands (run_review_state_ck); a returned request keeps the review SUBMITTED. */
public enum ReviewState {
    SUBMITTED, APPROVED, REJECTED, WITHDRAWN
}
