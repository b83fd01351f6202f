package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.LeaveRequest;
import cn.daxiang.justice.corrections.domain.LeaveStatus;
import cn.daxiang.justice.kit.approval.ApprovalCatalog;
import cn.daxiang.justice.kit.approval.ApprovalRule;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** What the line asks approval for, who decides it, and what the decision does (kit approvals). */
@ApplicationScoped
public class CorrectionsApprovals implements ApprovalCatalog {

    public static final String LEAVE = "LEAVE";

    /**
     * 社区矫正法第二十七条: leaving the city or county needs the corrections agency's approval. 社区矫正法实施办法（2020）
     * 第二十七条 (article number from memory, to be confirmed): up to 7 days the township office may approve on the county
     * agency's behalf; longer, the county agency approves (the office reviewing first, as the provinces' rules have it);
     * each approval at most 30 days — longer goes to the agency above the county, which the platform does not serve.
     */
    static final int TOWNSHIP_MAX_DAYS = 7;
    static final int MAX_DAYS = 30;

    @Inject
    AuditLog audit;

    @Override
    public List<ApprovalRule<?>> rules() {
        return List.of(ApprovalRule.on(LeaveRequest.class, LEAVE)
                .named("请假外出审批")
                .basis("《中华人民共和国社区矫正法》第二十七条；《中华人民共和国社区矫正法实施办法》第二十七条")
                .link("/api/v1/corrections/leave-requests/{id}")
                .route(l -> l.days() <= TOWNSHIP_MAX_DAYS ? List.of(OrgUnitLevel.TOWNSHIP)
                        : List.of(OrgUnitLevel.TOWNSHIP, OrgUnitLevel.DISTRICT))
                .onApproved(l -> audit.change("APPROVE", l, r -> r.status = LeaveStatus.APPROVED))
                .onRejected(l -> audit.change("REJECT", l, r -> r.status = LeaveStatus.REJECTED)));
    }
}
