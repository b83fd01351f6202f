package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.approval.Approval;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.legalaid.api.PayInput;
import cn.daxiang.justice.legalaid.api.SubsidyPaymentInput;
import cn.daxiang.justice.legalaid.api.SubsidyPaymentView;
import cn.daxiang.justice.legalaid.api.SubsidyView;
import cn.daxiang.justice.legalaid.domain.CaseStatus;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.domain.Provider;
import cn.daxiang.justice.legalaid.domain.SubsidyPayment;
import cn.daxiang.justice.legalaid.domain.SubsidyPaymentCase;
import cn.daxiang.justice.legalaid.domain.SubsidyPaymentStatus;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Payments of case subsidies (办案补贴发放): requested for one provider's closed cases, each at what it is owed then
 * (frozen); approved through the kit's approvals (LegalAidApprovals.SUBSIDY_PAYMENT); paid by the centre once approved.
 * A case is paid once: a second payment of it is a 409 (and subsidy_payment_case_uk in the database); a rejected
 * payment releases its cases.
 */
@ApplicationScoped
public class SubsidyPaymentService {

    static final String WHAT = "办案补贴发放记录";
    public static final String PAY = "PAY";

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Approvals approvals;

    @Inject
    CaseSubsidies subsidies;

    @Inject
    Deadlines deadlines;

    @Transactional
    public SubsidyPaymentView create(SubsidyPaymentInput input) {
        caller.requireWritable(input.orgUnit());
        Records.requireNew(SubsidyPayment.class, input.id());
        Provider provider = Provider.findById(input.providerId());
        if (provider == null) {
            throw ApiException.invalid("providerId", "未找到该法律援助人员");
        }
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(input.caseIds()));
        for (LegalAidCase c : subsidies.lock(ids)) {
            // ids in order; a missing case is null
            checkCase(c, input);
        }
        Map<UUID, SubsidyView> due = subsidies.of(ids);
        SubsidyPayment p = new SubsidyPayment();
        p.id = input.id() == null ? UUID.randomUUID() : input.id();
        p.orgUnit = input.orgUnit();
        p.providerId = provider.id;
        p.requestedOn = input.requestedOn();
        p.reasons = input.reasons().strip();
        p.status = SubsidyPaymentStatus.PENDING;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (UUID id : ids) {
            SubsidyView s = due.get(id);
            requireDue(s);
            if (input.requestedOn().isBefore(s.closedOn())) {
                throw ApiException.invalid("requestedOn", "申请日期不能早于案件结案日期 " + s.closedOn());
            }
            SubsidyPaymentCase line = new SubsidyPaymentCase();
            line.id = UUID.randomUUID();
            line.payment = p;
            line.caseId = id;
            line.rateId = s.rateId();
            line.rate = s.rate();
            line.share = s.share();
            line.amount = s.amount();
            line.active = true;
            p.cases.add(line);
            total = total.add(s.amount());
        }
        p.total = total;
        p.persist();
        audit.created(p);
        approvals.request(LegalAidApprovals.SUBSIDY_PAYMENT, p, p.reasons, input.attachments());
        return view(p);
    }

    /** A case of the payment: visible, within the requesting unit, closed, and handled by the provider paid. */
    private void checkCase(LegalAidCase c, SubsidyPaymentInput input) {
        if (c == null || !caller.covers(c.orgUnit)) {
            throw ApiException.invalid("caseIds", "未找到案件" + (c == null ? "" : "：" + c.id));
        }
        if (!OrgUnitCode.covers(input.orgUnit(), c.orgUnit)) {
            throw ApiException.invalid("caseIds", "案件 " + c.id + " 不属于申请机构 " + input.orgUnit());
        }
        if (c.status != CaseStatus.CLOSED) {
            throw ApiException.conflict("案件 " + c.id + " 当前状态为 " + c.status + "，结案后才能申请办案补贴");
        }
        if (!input.providerId().equals(c.providerId)) {
            throw ApiException.invalid("caseIds", "案件 " + c.id + " 不是该法律援助人员承办的案件");
        }
    }

    private static void requireDue(SubsidyView s) {
        switch (s.state()) {
            case DUE -> { }
            case REQUESTED, PAID -> throw ApiException.conflict("案件 " + s.caseId() + " 的办案补贴已申请或已发放（发放记录 "
                    + s.paymentId() + "），一案只发放一次");
            case NO_RATE -> throw ApiException.conflict("案件 " + s.caseId() + " 结案年度 " + s.closedOn().getYear() + " 无适用的办案补贴标准，请先录入标准");
            case WITHHELD -> throw ApiException.conflict("案件 " + s.caseId() + " 最后一次质量评查不合格，整改并评查合格前不予发放补贴");
            default -> throw new IllegalStateException(String.valueOf(s.state()));
        }
    }

    /** 发放: an approved payment is paid on a date by the centre (district-admin), once. */
    @Transactional
    public SubsidyPaymentView pay(UUID id, String ifMatch, PayInput input) {
        SubsidyPayment p = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(p, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(p.orgUnit);
        if (p.status != SubsidyPaymentStatus.APPROVED) {
            throw ApiException.conflict(p.status == SubsidyPaymentStatus.PAID ? "该补贴已于 " + p.paidOn + " 发放，不能重复发放"
                    : "补贴发放须经审批同意后办理，当前状态为 " + p.status);
        }
        if (input.paidOn().isBefore(p.requestedOn)) {
            throw ApiException.invalid("paidOn", "发放日期不能早于申请日期 " + p.requestedOn);
        }
        // paid only once approved: not before the approval's day (Asia/Shanghai, as approvedOn is recorded); a date in
        // the future is refused by PayInput's @PastOrPresent on the same office clock
        if (input.paidOn().isBefore(p.approvedOn)) {
            throw ApiException.invalid("paidOn", "发放日期不能早于审批同意日期 " + p.approvedOn);
        }
        audit.change(PAY, p, r -> {
            r.status = SubsidyPaymentStatus.PAID;
            r.paidOn = input.paidOn();
            r.paidBy = input.paidBy().strip();
            r.voucherNumber = input.voucherNumber() == null || input.voucherNumber().isBlank() ? null : input.voucherNumber().strip();
        });
        return view(p);
    }

    /** The approval's effect: approved today (Asia/Shanghai). */
    void approved(SubsidyPayment p) {
        audit.change("APPROVE", p, r -> {
            r.status = SubsidyPaymentStatus.APPROVED;
            r.approvedOn = deadlines.today();
        });
    }

    /** A rejection releases the cases: they can be requested again. */
    void rejected(SubsidyPayment p) {
        release("REJECT", p);
    }

    /** A request withdrawn by its requester ends the payment as a rejection does (shown REJECTED), freeing its cases. */
    void withdrawn(SubsidyPayment p) {
        release("WITHDRAW", p);
    }

    private void release(String action, SubsidyPayment p) {
        audit.change(action, p, r -> {
            r.status = SubsidyPaymentStatus.REJECTED;
            r.cases.forEach(line -> line.active = false);
        });
    }

    public SubsidyPaymentView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    public PageResult<SubsidyPaymentView> list(String orgUnit, UUID providerId, SubsidyPaymentStatus status, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("providerId = :providerId", "providerId", providerId)
                .and("status = :status", "status", status);
        Sort sort = page.toSort(Map.of("requestedOn", "requestedOn", "paidOn", "paidOn"), Sort.descending("requestedOn").and("id", Sort.Direction.Descending));
        return PageResult.of(SubsidyPayment.class, query, sort, page, this::view);
    }

    SubsidyPayment load(UUID id, LockModeType lock) {
        SubsidyPayment p = SubsidyPayment.<SubsidyPayment>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(p.orgUnit, WHAT, id);
        return p;
    }

    public SubsidyPaymentView view(SubsidyPayment p) {
        UUID approval = approvals.latest(p, LegalAidApprovals.SUBSIDY_PAYMENT).map((Approval a) -> a.id).orElse(null);
        return new SubsidyPaymentView(p.id, p.orgUnit, p.version, p.providerId, p.requestedOn, p.reasons, p.total, p.status,
                p.cases.stream().map(l -> new SubsidyPaymentView.Line(l.caseId, l.rateId, l.rate, l.share.stripTrailingZeros(),
                        l.amount, l.active)).toList(),
                approval, p.approvedOn, p.paidOn, p.paidBy, p.voucherNumber, p.createdAt, p.updatedAt);
    }
}
