package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.LeaveRequestInput;
import cn.daxiang.justice.corrections.api.LeaveRequestView;
import cn.daxiang.justice.corrections.api.LeaveReturnInput;
import cn.daxiang.justice.corrections.domain.LeaveRequest;
import cn.daxiang.justice.corrections.domain.LeaveStatus;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.kit.approval.Approval;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Leave requests (请假外出): recorded with the subject's written application, each opens its approval (kit) at once;
 * the decision sets its status; the return report (销假) closes it. A request is never edited: a returned approval is
 * completed with more reasons or documents, and a wrong request is rejected and made again.
 */
@ApplicationScoped
public class LeaveService {

    static final String WHAT = "请假外出记录";
    public static final String RETURN = "RETURN";

    @Inject
    SubjectService subjects;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Approvals approvals;

    @Inject
    Deadlines deadlines;

    @Transactional
    public LeaveRequestView add(UUID subjectId, LeaveRequestInput input) {
        return view(create(subjectId, input));
    }

    /** The one create path, used by the API's POST and by sync: checks, the record, its approval. */
    @Transactional
    public LeaveRequest create(UUID subjectId, LeaveRequestInput input) {
        Subject subject = subjects.load(subjectId, LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(subject.orgUnit);
        check(subject, input);
        Records.requireNew(LeaveRequest.class, input.id());
        LeaveRequest l = new LeaveRequest();
        l.id = input.id() != null ? input.id() : UUID.randomUUID();
        l.subjectId = subject.id;
        l.orgUnit = subject.orgUnit;
        l.appliedOn = input.appliedOn();
        l.leaveFrom = input.leaveFrom();
        l.leaveUntil = input.leaveUntil();
        l.destination = input.destination().strip();
        l.reason = input.reason().strip();
        l.status = LeaveStatus.REQUESTED;
        l.persist();
        audit.created(l);
        approvals.request(CorrectionsApprovals.LEAVE, l, l.reason, input.attachments());
        return l;
    }

    private static void check(Subject subject, LeaveRequestInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.leaveFrom().isBefore(input.appliedOn())) {
            errors.add(new FieldError("leaveFrom", "外出开始日期不能早于申请日期"));
        }
        if (input.leaveUntil().isBefore(input.leaveFrom())) {
            errors.add(new FieldError("leaveUntil", "外出截止日期不能早于开始日期"));
        } else if (input.leaveUntil().toEpochDay() - input.leaveFrom().toEpochDay() + 1 > CorrectionsApprovals.MAX_DAYS) {
            errors.add(new FieldError("leaveUntil", "每次批准外出不超过三十日；确需更长的，应报上一级社区矫正机构审批"));
        }
        if (input.appliedOn().isBefore(subject.intakeDate)
                || subject.endedOn != null && input.leaveUntil().isAfter(subject.endedOn)) {
            errors.add(new FieldError("leaveFrom", "外出须在矫正期间内（接收日期至解除或终止日期）"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (LeaveRequest.count("subjectId = ?1 and status <> ?2 and leaveFrom <= ?3 and leaveUntil >= ?4",
                subject.id, LeaveStatus.REJECTED, input.leaveUntil(), input.leaveFrom()) > 0) {
            throw ApiException.conflict("该对象在此期间已有请假外出申请");
        }
    }

    /** 销假: the subject reported back; a return after the last day is recorded as it happened (the item is then missed). */
    @Transactional
    public LeaveRequestView registerReturn(UUID id, String ifMatch, LeaveReturnInput input) {
        LeaveRequest l = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(l, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(l.orgUnit);
        if (l.status != LeaveStatus.APPROVED) {
            throw ApiException.conflict("只有已批准的请假可以销假，当前状态为 " + l.status);
        }
        if (input.returnedOn().isBefore(l.leaveFrom)) {
            throw ApiException.invalid("returnedOn", "返回日期不能早于外出开始日期");
        }
        audit.change(RETURN, l, r -> {
            r.status = LeaveStatus.BACK;
            r.returnedOn = input.returnedOn();
        });
        return view(l);
    }

    /** Sync deletes nothing that went to approval: a request is rejected instead, and stays on the file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeDelete(LeaveRequest l) {
        throw ApiException.conflict("请假外出申请已提交审批，不能删除");
    }

    public PageResult<LeaveRequestView> list(UUID subjectId, PageRequest page) {
        subjects.load(subjectId, LockModeType.NONE);
        ListQuery query = ListQuery.inScope(caller, null).and("subjectId = :subjectId", "subjectId", subjectId);
        Sort sort = page.toSort(Map.of("leaveFrom", "leaveFrom"), Sort.ascending("leaveFrom").and("id"));
        return PageResult.of(LeaveRequest.class, query, sort, page, this::view);
    }

    public LeaveRequestView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    LeaveRequest load(UUID id, LockModeType lock) {
        LeaveRequest l = LeaveRequest.findById(id, lock);
        if (l == null || !caller.covers(l.orgUnit)) {
            throw ApiException.notFound(WHAT, id);
        }
        return l;
    }

    public LeaveRequestView view(LeaveRequest l) {
        UUID approval = approvals.latest(l, CorrectionsApprovals.LEAVE).map((Approval a) -> a.id).orElse(null);
        return new LeaveRequestView(l.id, l.subjectId, l.orgUnit, l.version, l.appliedOn, l.leaveFrom, l.leaveUntil, l.days(),
                l.destination, l.reason, l.status, l.returnedOn, approval, deadlines.of(l), l.createdAt, l.updatedAt);
    }
}
