package cn.daxiang.justice.mediation.domain;

/** Where a failed mediation was pointed: 诉讼 litigation, 仲裁 arbitration, 行政处理 administrative, 信访 petition, 未转介 none. */
public enum Referral {
    LITIGATION, ARBITRATION, ADMINISTRATIVE, PETITION, NONE
}
