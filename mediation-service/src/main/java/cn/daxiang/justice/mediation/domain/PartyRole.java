package cn.daxiang.justice.mediation.domain;

/** A party's role: 申请人 applicant, 被申请人 respondent, 第三人 third party. */
public enum PartyRole {
    APPLICANT, RESPONDENT, THIRD_PARTY
}
