package cn.daxiang.justice.evaluation.domain;

/** A scorecard's life cycle: written as a draft, activated (one in force per org unit), retired when another is activated. */
public enum ScorecardStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
