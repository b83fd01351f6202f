package cn.daxiang.justice.corrections.domain;

/** The evaluation's conclusion: 适宜 suitable or 不适宜 unsuitable for community correction. */
public enum InvestigationOpinion {
    SUITABLE, UNSUITABLE
}
