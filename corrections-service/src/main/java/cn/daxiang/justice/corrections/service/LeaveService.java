package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.LeaveRequestInput;
import cn.daxiang.justice.corrections.api.LeaveRequestView;
import cn.daxiang.justice.corrections.api.LeaveReturnInput;
import cn.daxiang.justice.corrections.domain.LeaveRequest;
import cn.daxiang.justice.corrections.domain.LeaveStatus;
import cn.daxiang.justice.corrections.domain.Subject;
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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Leave requests (请假外出): recorded with the subject's written application, each opens its approval (kit) at once;
 * the decision sets its status; the return report (销假) closes it. A request is never edited: a returned approval is
 * completed with more reasons or documents, and a wrong request is rejected and made again.
 */
@ApplicationScoped
public class LeaveService {

    static final String WHAT = "请假外出记录";
    public static final String REPORT_BACK = "REPORT_BACK";

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
    public LeaveRequestView add(UUID subjectId, LeaveRequestInput input) {
        return view(create(subjectId, input));
    }

    /** The one create path, used by the API's POST and by sync: checks, the record, its approval. */
    @Transactional
    public LeaveRequest create(UUID subjectId, LeaveRequestInput input) {
        Subject subject = subjects.writableSubject(subjectId);
        check(subject, input);
        LeaveRequest l = new LeaveRequest();
        l.appliedOn = input.appliedOn();
        l.leaveFrom = input.leaveFrom();
        l.leaveUntil = input.leaveUntil();
        l.destination = input.destination().strip();
        l.reason = input.reason().strip();
        l.status = LeaveStatus.REQUESTED;
        return parts.submit(subject, input.id(), l, CorrectionsApprovals.LEAVE, l.reason, input.attachments());
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
        if (input.appliedOn().isBefore(subject.intakeDate)) {
            errors.add(new FieldError("appliedOn", "申请日期不能早于接收日期 " + subject.intakeDate));
        }
        if (subject.endedOn != null && !input.leaveUntil().isBefore(input.leaveFrom()) && input.leaveUntil().isAfter(subject.endedOn)) {
            errors.add(new FieldError("leaveUntil", "外出须在矫正期间内（至解除或终止日期）"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        // the leaves that still hold days, before the new one and after it (a later leave approved first counts too): not
        // rejected or withdrawn; one reported back early holds only the days it was away
        List<LeaveRequest> held = LeaveRequest.list("subjectId = ?1 and status not in ?2 and leaveFrom <= ?3 and leaveUntil >= ?4",
                subject.id, List.of(LeaveStatus.REJECTED, LeaveStatus.WITHDRAWN), input.leaveUntil().plusMonths(2),
                input.leaveFrom().minusMonths(2));
        if (held.stream().anyMatch(l -> !l.leaveFrom.isAfter(input.leaveUntil()) && !lastDayAway(l).isBefore(input.leaveFrom()))) {
            throw ApiException.conflict("该对象在此期间已有请假外出申请");
        }
        // 实施办法第二十七条: more than 30 days within two months goes to the agency above the county
        long days = mostDaysInTwoMonths(input.leaveFrom(), input.leaveUntil(), held);
        if (days > CorrectionsApprovals.MAX_DAYS) {
            throw ApiException.invalid("leaveUntil", "两个月内外出累计超过三十日（共" + days + "日），应报上一级社区矫正机构审批");
        }
    }

    /**
     * The most days away, the new leave's and the held ones', in any window of two months that has a day of the new leave:
     * every window from the one ending on its first day to the one starting on its last day (a window is a start day and
     * the day before the same day two months later).
     */
    static long mostDaysInTwoMonths(LocalDate from, LocalDate until, List<LeaveRequest> held) {
        long most = 0;
        for (LocalDate start = from.minusMonths(2).plusDays(1); !start.isAfter(until); start = start.plusDays(1)) {
            LocalDate windowStart = start;
            LocalDate windowEnd = start.plusMonths(2).minusDays(1);
            long days = daysWithin(from, until, windowStart, windowEnd) + held.stream()
                    .mapToLong(l -> daysWithin(l.leaveFrom, lastDayAway(l), windowStart, windowEnd)).sum();
            most = Math.max(most, days);
        }
        return most;
    }

    private static LocalDate lastDayAway(LeaveRequest l) {
        return l.returnedOn != null && l.returnedOn.isBefore(l.leaveUntil) ? l.returnedOn : l.leaveUntil;
    }

    private static long daysWithin(LocalDate from, LocalDate until, LocalDate windowStart, LocalDate windowEnd) {
        LocalDate start = from.isBefore(windowStart) ? windowStart : from;
        LocalDate end = until.isAfter(windowEnd) ? windowEnd : until;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
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
        audit.change(REPORT_BACK, l, r -> {
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
        return parts.page(LeaveRequest.class, subjectId, "leaveFrom", page, CorrectionsApprovals.LEAVE, this::view);
    }

    /** A feed page's views: their requests' ids in one query. */
    public List<LeaveRequestView> views(List<LeaveRequest> rows) {
        return parts.views(LeaveRequest.class, rows, CorrectionsApprovals.LEAVE, this::view);
    }

    public LeaveRequestView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    LeaveRequest load(UUID id, LockModeType lock) {
        return parts.load(LeaveRequest.class, WHAT, id, lock);
    }

    public LeaveRequestView view(LeaveRequest l) {
        return view(l, parts.approvalId(l, CorrectionsApprovals.LEAVE));
    }

    LeaveRequestView view(LeaveRequest l, UUID approval) {
        return new LeaveRequestView(l.id, l.subjectId, l.orgUnit, l.version, l.appliedOn, l.leaveFrom, l.leaveUntil, l.days(),
                l.destination, l.reason, l.status, l.returnedOn, approval, deadlines.of(l), l.createdAt, l.updatedAt);
    }
}
