package cn.daxiang.justice.evaluation.review;

import cn.daxiang.justice.evaluation.domain.RunReview;
import cn.daxiang.justice.kit.approval.ApprovalCatalog;
import cn.daxiang.justice.kit.approval.ApprovalRule;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** What the evaluation asks approval for (the review of a run, 评价结果审定), who decides it and what the decision does. */
@ApplicationScoped
public class EvaluationApprovals implements ApprovalCatalog {

    public static final String EVALUATION_RUN = "EVALUATION_RUN";

    /**
     * 财政部《项目支出绩效评价管理办法》(财预〔2020〕10号): a unit's self-evaluation (单位自评) is organised by the unit and its
     * results are submitted upwards after the unit has confirmed them (article number unconfirmed); the district bureau is
     * the unit here, so its district admin approves, whether the run is the district's or one of its offices'.
     */
    static final String BASIS = "财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）关于单位自评结果审核报送的规定（条款号待核）";

    @Inject
    RunReviewService reviews;

    @Override
    public List<ApprovalRule<?>> rules() {
        return List.of(ApprovalRule.on(RunReview.class, EVALUATION_RUN)
                .named("绩效评价结果审定")
                .basis(BASIS)
                .link("/api/v1/evaluation/runs/{id}/review")
                .route(r -> List.of(OrgUnitLevel.DISTRICT))
                .onApproved(reviews::approved)
                .onRejected(reviews::rejected)
                .onWithdrawn(reviews::withdrawn));
    }
}
