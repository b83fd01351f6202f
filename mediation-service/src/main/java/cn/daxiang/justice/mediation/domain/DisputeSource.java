package cn.daxiang.justice.mediation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a dispute came in: 排查 screening, 当事人申请 application, 公安移送 police referral (警调对接), 法院委托 court-entrusted
 * (诉调对接), 政府交办 government-assigned, 信访移送 petition-office referral (访调对接).
 */
public enum DisputeSource {
    SCREENING, APPLICATION, POLICE_REFERRAL, COURT_ENTRUSTED, GOVERNMENT_ASSIGNED, PETITION_REFERRAL;

    /** The sources where another organ hands the dispute over: it names the organ and is told the outcome (反馈). */
    public static final Set<DisputeSource> REFERRED = EnumSet.of(POLICE_REFERRAL, COURT_ENTRUSTED, GOVERNMENT_ASSIGNED, PETITION_REFERRAL);

    public boolean isReferral() {
        return REFERRED.contains(this);
    }
}
