package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.approval.ApprovalCatalog;
import cn.daxiang.justice.kit.approval.ApprovalRule;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import cn.daxiang.justice.mediation.domain.RewardPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** What the mediation line asks approval for (reward payment batches), who decides it and what the decision does. */
@ApplicationScoped
public class MediationApprovals implements ApprovalCatalog {

    public static final String REWARD_PAYMENT = "REWARD_PAYMENT";

    /**
     * 人民调解法第六条: county-level governments fund mediation work and reward committees and mediators as the state
     * provides; the rewards per dossier (以奖代补) are the district's money, set out in its own notice (the batch's
     * document). The route is therefore township → district: the 司法所 that guides the committees checks its own
     * dossiers and amounts first, the district bureau decides; a batch the district draws up itself (the whole
     * district's dossiers) goes to the district alone, the kit skipping the township step for a record the district holds.
     * 财政部、司法部《关于进一步加强人民调解工作经费保障的意见》(财行〔2007〕179号) on the funding of mediators'
     * subsidies (document number from memory, unconfirmed).
     */
    static final String BASIS = "《中华人民共和国人民调解法》第六条；财政部、司法部《关于进一步加强人民调解工作经费保障的意见》（文号待核）";

    @Inject
    RewardPaymentService payments;

    @Override
    public List<ApprovalRule<?>> rules() {
        return List.of(ApprovalRule.on(RewardPayment.class, REWARD_PAYMENT)
                .named("以奖代补发放审批")
                .basis(BASIS)
                .link("/api/v1/mediation/rewards/payments/{id}")
                .route(p -> List.of(OrgUnitLevel.TOWNSHIP, OrgUnitLevel.DISTRICT))
                .onApproved(payments::approved)
                .onRejected(payments::rejected)
                .onWithdrawn(payments::withdrawn));
    }
}
