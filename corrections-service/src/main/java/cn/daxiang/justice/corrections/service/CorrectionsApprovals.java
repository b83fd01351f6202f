package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.LeaveRequest;
import cn.daxiang.justice.corrections.domain.LeaveStatus;
import cn.daxiang.justice.corrections.domain.ResidenceChange;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.RevocationProposal;
import cn.daxiang.justice.corrections.domain.RevocationStatus;
import cn.daxiang.justice.corrections.domain.ResidenceChangeStatus;
import cn.daxiang.justice.kit.approval.ApprovalCatalog;
import cn.daxiang.justice.kit.approval.ApprovalRule;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.UUID;

/**
 * What the line asks approval for (leave, changes of the place of execution, revocation proposals), who decides it, and what
 * the decision, or the requester's withdrawal of a pending request, does to the record (kit approvals).
 */
@ApplicationScoped
public class CorrectionsApprovals implements ApprovalCatalog {

    public static final String LEAVE = "LEAVE";
    public static final String RESIDENCE_CHANGE = "RESIDENCE_CHANGE";
    public static final String REVOCATION = "REVOCATION";

    /**
     * 社区矫正法第二十七条: leaving the city or county needs the corrections agency's approval. 社区矫正法实施办法（2020）
     * 第二十七条 (article number from memory, to be confirmed): up to 7 days the township office may approve on the county
     * agency's behalf; longer, the county agency approves (the office reviewing first, as the provinces' rules have it);
     * each approval at most 30 days, and at most 30 days in two months — longer goes to the agency above the county,
     * which the platform does not serve.
     */
    static final int TOWNSHIP_MAX_DAYS = 7;
    static final int MAX_DAYS = 30;

    /**
     * 社区矫正法第四十六条 (the proposal to revoke probation or parole), 第四十八条 (the court's ruling on it), 第四十九条
     * (the proposal to commit to prison and its decision); article numbers from memory, unconfirmed. The proposal is the
     * corrections agency's, i.e. the county bureau's (执行地县级社区矫正机构), as 社区矫正法实施办法（2020）has it in its
     * articles on 提请撤销缓刑、假释 and 收监执行 (numbers unconfirmed). The township office drafts and reviews, the
     * district bureau decides to submit.
     */
    static final String REVOCATION_BASIS = "《中华人民共和国社区矫正法》第四十六条、第四十八条、第四十九条；"
            + "《中华人民共和国社区矫正法实施办法》提请撤销缓刑、假释和收监执行各条（条文序号待核）";

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
                .onRejected(l -> audit.change("REJECT", l, r -> r.status = LeaveStatus.REJECTED))
                .onWithdrawn(l -> audit.change(Approvals.WITHDRAW, l, r -> r.status = LeaveStatus.WITHDRAWN)),
                // 社区矫正法实施办法（2020）第三十条 (article number from memory, to be confirmed): the office signs its opinion,
                // the county-level agency decides (after consulting the new place's agency when it is outside the county).
                ApprovalRule.on(ResidenceChange.class, RESIDENCE_CHANGE)
                        .named("变更执行地审批")
                        .basis("《中华人民共和国社区矫正法》第二十七条；《中华人民共和国社区矫正法实施办法》第三十条")
                        .link("/api/v1/corrections/residence-changes/{id}")
                        .route(c -> List.of(OrgUnitLevel.TOWNSHIP, OrgUnitLevel.DISTRICT))
                        .lockFirst(c -> lockSubject(c.subjectId))
                        .onApproved(residenceChanges::approved)
                        .onRejected(residenceChanges::rejected)
                        .onWithdrawn(ch -> audit.change(Approvals.WITHDRAW, ch, r -> r.status = ResidenceChangeStatus.WITHDRAWN)),
                ApprovalRule.on(RevocationProposal.class, REVOCATION)
                        .named("提请撤销缓刑、假释或收监执行审批")
                        .basis(REVOCATION_BASIS)
                        .link("/api/v1/corrections/revocation-proposals/{id}")
                        .route(p -> List.of(OrgUnitLevel.TOWNSHIP, OrgUnitLevel.DISTRICT))
                        .lockFirst(p -> lockSubject(p.subjectId))
                        .onApproved(p -> audit.change("SUBMIT", p, r -> r.status = RevocationStatus.SUBMITTED))
                        // not approved, or withdrawn (the kit's default for a rule without onWithdrawn): not submitted
                        .onRejected(p -> audit.change(Approvals.WITHDRAW, p, r -> r.status = RevocationStatus.WITHDRAWN)));
    }
}
