package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.LeaveRequest;
import cn.daxiang.justice.corrections.domain.LeaveStatus;
import cn.daxiang.justice.corrections.domain.ResidenceChange;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.kit.approval.ApprovalCatalog;
import cn.daxiang.justice.kit.approval.ApprovalRule;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.UUID;

/** What the line asks approval for, who decides it, and what the decision does (kit approvals). */
@ApplicationScoped
public class CorrectionsApprovals implements ApprovalCatalog {

    public static final String LEAVE = "LEAVE";
    public static final String RESIDENCE_CHANGE = "RESIDENCE_CHANGE";

    /**
     * 社区矫正法第二十七条: leaving the city or county needs the corrections agency's approval. 社区矫正法实施办法（2020）
     * 第二十七条 (article number from memory, to be confirmed): up to 7 days the township office may approve on the county
     * agency's behalf; longer, the county agency approves (the office reviewing first, as the provinces' rules have it);
     * each approval at most 30 days, and at most 30 days in two months — longer goes to the agency above the county,
     * which the platform does not serve.
     */
    static final int TOWNSHIP_MAX_DAYS = 7;
    static final int MAX_DAYS = 30;

    @Inject
    AuditLog audit;

    @Inject
    ResidenceChangeService residenceChanges;

    /** A decision locks the subject first, as every write of a subject's records does (a move locks it, then them). */
    static void lockSubject(UUID subjectId) {
        Subject.findById(subjectId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<ApprovalRule<?>> rules() {
        return List.of(ApprovalRule.on(LeaveRequest.class, LEAVE)
                .named("请假外出审批")
                .basis("《中华人民共和国社区矫正法》第二十七条；《中华人民共和国社区矫正法实施办法》第二十七条")
                .link("/api/v1/corrections/leave-requests/{id}")
                .route(l -> l.days() <= TOWNSHIP_MAX_DAYS ? List.of(OrgUnitLevel.TOWNSHIP)
                        : List.of(OrgUnitLevel.TOWNSHIP, OrgUnitLevel.DISTRICT))
                .lockFirst(l -> lockSubject(l.subjectId))
                .onApproved(l -> audit.change("APPROVE", l, r -> r.status = LeaveStatus.APPROVED))
                .onRejected(l -> audit.change("REJECT", l, r -> r.status = LeaveStatus.REJECTED)),
                // 社区矫正法实施办法（2020）第三十条 (article number from memory, to be confirmed): the office signs its opinion,
                // the county-level agency decides (after consulting the new place's agency when it is outside the county).
                ApprovalRule.on(ResidenceChange.class, RESIDENCE_CHANGE)
                        .named("变更执行地审批")
                        .basis("《中华人民共和国社区矫正法》第二十七条；《中华人民共和国社区矫正法实施办法》第三十条")
                        .link("/api/v1/corrections/residence-changes/{id}")
                        .route(c -> List.of(OrgUnitLevel.TOWNSHIP, OrgUnitLevel.DISTRICT))
                        .lockFirst(c -> lockSubject(c.subjectId))
                        .onApproved(residenceChanges::approved)
                        .onRejected(residenceChanges::rejected));
    }
}
