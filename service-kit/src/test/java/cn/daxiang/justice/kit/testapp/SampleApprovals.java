package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.kit.approval.ApprovalCatalog;
import cn.daxiang.justice.kit.approval.ApprovalRule;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * How a line lists what it asks approval for: a sample, decided by its township office; approval sets 999, rejection 0, and
 * a withdrawal, for want of an {@code onWithdrawn} of its own, does what a rejection does.
 */
@ApplicationScoped
public class SampleApprovals implements ApprovalCatalog {

    static final String KIND = "SAMPLE";

    @Inject
    AuditLog audit;

    @Override
    public List<ApprovalRule<?>> rules() {
        return List.of(ApprovalRule.on(Sample.class, KIND)
                .named("样例审批")
                .basis("《样例规定》第一条")
                .link("/test/samples/{id}")
                .route(s -> List.of(OrgUnitLevel.TOWNSHIP))
                .onApproved(s -> audit.change("APPROVE", s, r -> r.amount = 999))
                .onRejected(s -> audit.change("REJECT", s, r -> r.amount = 0)));
    }
}
