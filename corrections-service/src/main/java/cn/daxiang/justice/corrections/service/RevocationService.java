package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.RevocationDecisionInput;
import cn.daxiang.justice.corrections.api.RevocationProposalInput;
import cn.daxiang.justice.corrections.api.RevocationProposalView;
import cn.daxiang.justice.corrections.api.TerminateInput;
import cn.daxiang.justice.corrections.domain.AbscondingCase;
import cn.daxiang.justice.corrections.domain.RevocationOutcome;
import cn.daxiang.justice.corrections.domain.RevocationProposal;
import cn.daxiang.justice.corrections.domain.RevocationStatus;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.domain.Violation;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Revocation proposals (提请撤销缓刑、撤销假释、收监执行): drafted by the township office, each opens its approval (kit) at
 * once — the office, then the district bureau, which decides to submit; the approval makes it SUBMITTED, a rejection
 * WITHDRAWN. The court's or authority's decision is recorded on it; a grant ends the subject's correction in the same
 * transaction through SubjectService's termination. A proposal is never edited or deleted: a wrong one is rejected.
 */
@ApplicationScoped
public class RevocationService {

    static final String WHAT = "提请撤销缓刑、假释或收监执行记录";
    public static final String DECIDE = "DECIDE";

    @Inject
    SubjectService subjects;

    @Inject
    SubjectParts parts;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Deadlines deadlines;

    @Transactional
    public RevocationProposalView add(UUID subjectId, RevocationProposalInput input) {
        return view(create(subjectId, input));
    }

    /** The one create path, used by the API's POST and by sync: checks, the record, its approval. */
    @Transactional
    public RevocationProposal create(UUID subjectId, RevocationProposalInput input) {
        Subject subject = subjects.writableSubject(subjectId);
        List<UUID> violations = input.violationIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.violationIds()));
        check(subject, input, violations);
        RevocationProposal p = new RevocationProposal();
        p.kind = input.kind();
        p.grounds = input.grounds().strip();
        p.violationIds = new ArrayList<>(violations);
        p.abscondingCaseId = input.abscondingCaseId();
        p.proposedOn = input.proposedOn();
        p.status = RevocationStatus.DRAFTED;
        return parts.submit(subject, input.id(), p, CorrectionsApprovals.REVOCATION, p.grounds, input.attachments());
    }

    private static void check(Subject subject, RevocationProposalInput input, List<UUID> violations) {
        List<FieldError> errors = new ArrayList<>();
        if (input.kind().fits != subject.type) {
            errors.add(new FieldError("kind", "提请事项与矫正类别不符：缓刑对象提请撤销缓刑，假释对象提请撤销假释，暂予监外执行对象提请收监执行，管制对象不适用"));
        }
        if (input.proposedOn().isBefore(subject.intakeDate)
                || subject.endedOn != null && input.proposedOn().isAfter(subject.endedOn)) {
            errors.add(new FieldError("proposedOn", "提请日期须在矫正期间内（接收日期至解除或终止日期）"));
        }
        if (!violations.isEmpty() && Violation.count("subjectId = ?1 and id in ?2", subject.id, violations) != violations.size()) {
            errors.add(new FieldError("violationIds", "所依据的违规记录须为本对象的违规记录"));
        }
        if (input.abscondingCaseId() != null
                && AbscondingCase.count("subjectId = ?1 and id = ?2", subject.id, input.abscondingCaseId()) == 0) {
            errors.add(new FieldError("abscondingCaseId", "所依据的脱管案件须为本对象的脱管案件"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (subject.status != SubjectStatus.IN_CORRECTION) {
            throw ApiException.conflict("该对象已" + subject.status.endedAs() + "矫正，不能再提请");
        }
        if (RevocationProposal.count("subjectId = ?1 and status in ?2", subject.id,
                List.of(RevocationStatus.DRAFTED, RevocationStatus.SUBMITTED)) > 0) {
            throw ApiException.conflict("该对象已有审批中或待裁定、决定的提请");
        }
    }

    /**
     * The court's ruling or the authority's decision on a submitted proposal. A grant ends the correction on the day of
     * the decision with the kind's termination reason, through the subject's own termination (all its rules apply).
     */
    @Transactional
    public RevocationProposalView decide(UUID id, String ifMatch, RevocationDecisionInput input) {
        RevocationProposal p = load(id, LockModeType.NONE);
        // the subject's lock first, as every other write of the subject's file takes it
        Subject subject = subjects.load(p.subjectId, LockModeType.PESSIMISTIC_WRITE);
        RevocationProposal.getEntityManager().refresh(p, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(p, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(p.orgUnit);
        if (p.status != RevocationStatus.SUBMITTED) {
            throw ApiException.conflict("只有已提请的记录可以登记裁定、决定，当前状态为 " + p.status);
        }
        if (input.decidedOn().isBefore(p.proposedOn)) {
            throw ApiException.invalid("decidedOn", "裁定、决定日期不能早于提请日期 " + p.proposedOn);
        }
        audit.change(DECIDE, p, r -> {
            r.status = input.outcome().status();
            r.decidedOn = input.decidedOn();
            r.decidedBy = input.decidedBy().strip();
            r.documentNumber = input.documentNumber().strip();
        });
        if (input.outcome() == RevocationOutcome.GRANTED) {
            subjects.terminate(subject.id, null, new TerminateInput(input.decidedOn(), p.kind.ends,
                    "裁定、决定：" + input.decidedBy().strip() + " " + input.documentNumber().strip(), subject.version));
        }
        return view(p);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeDelete(RevocationProposal p) {
        throw ApiException.conflict("提请撤销缓刑、假释或收监执行的记录已提交审批，不能删除");
    }

    public PageResult<RevocationProposalView> list(UUID subjectId, PageRequest page) {
        return parts.page(RevocationProposal.class, subjectId, "proposedOn", page, CorrectionsApprovals.REVOCATION, this::view);
    }

    /** A feed page's views: their requests' ids in one query. */
    public List<RevocationProposalView> views(List<RevocationProposal> rows) {
        return parts.views(RevocationProposal.class, rows, CorrectionsApprovals.REVOCATION, this::view);
    }

    public RevocationProposalView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    RevocationProposal load(UUID id, LockModeType lock) {
        return parts.load(RevocationProposal.class, WHAT, id, lock);
    }

    public RevocationProposalView view(RevocationProposal p) {
        return view(p, parts.approvalId(p, CorrectionsApprovals.REVOCATION));
    }

    RevocationProposalView view(RevocationProposal p, UUID approval) {
        return new RevocationProposalView(p.id, p.subjectId, p.orgUnit, p.version, p.kind, p.grounds, List.copyOf(p.violationIds),
                p.abscondingCaseId, p.proposedOn, p.status, p.decidedOn, p.decidedBy, p.documentNumber, approval,
                deadlines.of(p), p.createdAt, p.updatedAt);
    }
}
