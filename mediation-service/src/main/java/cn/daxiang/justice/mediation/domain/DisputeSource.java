package cn.daxiang.justice.mediation.domain;

/** How a dispute came in: 排查 screening, 当事人申请 application, 公安移送 police referral, 法院委托 court-entrusted, 政府交办 government-assigned. */
public enum DisputeSource {
    SCREENING, APPLICATION, POLICE_REFERRAL, COURT_ENTRUSTED, GOVERNMENT_ASSIGNED
}
