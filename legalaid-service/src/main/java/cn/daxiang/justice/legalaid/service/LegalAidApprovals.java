package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.approval.ApprovalCatalog;
import cn.daxiang.justice.kit.approval.ApprovalRule;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import cn.daxiang.justice.legalaid.domain.SubsidyPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** What the legal aid line asks approval for (subsidy payments), who decides it, and what the decision does (kit approvals). */
@ApplicationScoped
public class LegalAidApprovals implements ApprovalCatalog {

    public static final String SUBSIDY_PAYMENT = "SUBSIDY_PAYMENT";

    /**
     * 法律援助法第五十二条: the legal aid centre pays the subsidies (「法律援助机构应当依照有关规定及时向法律援助人员支付法律援助
     * 补贴」), from the budget the bureau holds (第四条: funds in the budget). The centre is part of the district bureau, so
     * the district decides every payment. A township office that requests a payment for its own cases reviews it first
     * (it knows the work done); a payment the district itself requests goes to the district alone. No national rule fixes
     * the internal route: it is the usual financial sign-off (经办、审核、审批), an assumption to be confirmed locally.
     */
    static final String BASIS = "《中华人民共和国法律援助法》第五十二条（补贴由法律援助机构支付；内部审批程序按本地财务制度，待核）";

    @Inject
    SubsidyPaymentService payments;

    @Override
    public List<ApprovalRule<?>> rules() {
        return List.of(ApprovalRule.on(SubsidyPayment.class, SUBSIDY_PAYMENT)
                .named("法律援助办案补贴发放审批")
                .basis(BASIS)
                .link("/api/v1/legal-aid/subsidy-payments/{id}")
                .route(p -> List.of(OrgUnitLevel.TOWNSHIP, OrgUnitLevel.DISTRICT))
                .onApproved(payments::approved)
                .onRejected(payments::rejected)
                .onWithdrawn(payments::withdrawn));
    }
}
