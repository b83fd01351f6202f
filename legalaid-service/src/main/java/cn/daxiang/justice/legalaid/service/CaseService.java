package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.legalaid.api.AdvanceReviewInput;
import cn.daxiang.justice.legalaid.api.AssignInput;
import cn.daxiang.justice.legalaid.api.CaseView;
import cn.daxiang.justice.legalaid.api.CloseInput;
import cn.daxiang.justice.legalaid.api.FollowUpInput;
import cn.daxiang.justice.legalaid.api.FollowUpView;
import cn.daxiang.justice.legalaid.api.HearingInput;
import cn.daxiang.justice.legalaid.api.ReviewInput;
import cn.daxiang.justice.legalaid.api.ReviewView;
import cn.daxiang.justice.legalaid.api.TerminateInput;
import cn.daxiang.justice.legalaid.domain.AdvanceReviewResult;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.CaseReview;
import cn.daxiang.justice.legalaid.domain.CaseStatus;
import cn.daxiang.justice.legalaid.domain.FollowUp;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.domain.Provider;
import cn.daxiang.justice.legalaid.domain.ReviewResult;
import cn.daxiang.justice.legalaid.domain.TerminationReason;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import io.quarkus.panache.common.Sort;
import cn.daxiang.justice.kit.person.PersonQuery;
import cn.daxiang.justice.kit.person.PersonSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Cases: 指派 (complex cases only to senior providers), 听庭, 结案, 终止, and their quality reviews
 * and follow-ups. A case, its reviews and follow-ups share the case's org unit and scope.
 */
@ApplicationScoped
public class CaseService {

    static final String WHAT = "法律援助案件";
    static final Map<String, String> SORTABLE = Map.of("acceptedOn", "acceptedOn", "assignedOn", "assignedOn",
            "closedOn", "closedOn", "status", "status", "createdAt", "createdAt");
    static final Set<CaseStatus> OPEN = Set.of(CaseStatus.ACCEPTED, CaseStatus.ASSIGNED);
    static final Set<CaseStatus> HANDLED = Set.of(CaseStatus.ASSIGNED, CaseStatus.CLOSED);

    @Inject
    CallerScope caller;

    @Inject
    PersonSearch search;

    @Inject
    ProviderService providers;

    @Inject
    AuditLog audit;

    @Inject
    Deadlines deadlines;

    /** A case as the API shows it, with its assignment clock. */
    public CaseView view(LegalAidCase c) {
        return LegalAidMapper.toView(c, deadlines.of(c));
    }

    public CaseView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    public PageResult<CaseView> list(String orgUnit, CaseStatus status, CaseCategory category, UUID providerId,
                                     LocalDate acceptedFrom, LocalDate acceptedTo, PersonQuery applicant, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :status", "status", status)
                .and("category = :category", "category", category)
                .and("providerId = :providerId", "providerId", providerId)
                .and("acceptedOn >= :acceptedFrom", "acceptedFrom", acceptedFrom)
                .and("acceptedOn <= :acceptedTo", "acceptedTo", acceptedTo);
        // a case's person is its application's applicant
        search.apply(query, "applicationId", LegalAidPersons.APPLICATIONS, false, applicant);
        Sort sort = page.toSort(SORTABLE, Sort.descending("acceptedOn").and("id"));
        return PageResult.of(LegalAidCase.class, query, sort, page, this::view);
    }

    /** 指派 (or re-assignment while the case is open); complex cases only to senior providers. */
    @Transactional
    public CaseView assign(UUID id, String ifMatch, AssignInput input) {
        LegalAidCase c = change(id, ifMatch, input.version());
        requireStatus(c, OPEN, "指派");
        Provider provider = providers.inScope(input.providerId(), "providerId");
        if (c.complexity != null && !provider.senior) {
            throw ApiException.conflict("重大复杂案件（" + c.complexity + "）只能指派给资深法律援助人员");
        }
        ApplicationService.notBefore("assignedOn", input.assignedOn(), c.acceptedOn, "指派日期不能早于受理日期");
        audit.change("ASSIGN", c, r -> {
            r.providerId = provider.id;
            r.assignedOn = input.assignedOn();
            r.status = CaseStatus.ASSIGNED;
        });
        return view(c);
    }

    /** 听庭: someone from the centre attended a hearing of an assigned case. */
    @Transactional
    public CaseView hearing(UUID id, String ifMatch, HearingInput input) {
        LegalAidCase c = change(id, ifMatch, input.version());
        requireStatus(c, Set.of(CaseStatus.ASSIGNED), "登记听庭");
        ApplicationService.notBefore("hearingOn", input.hearingOn(), c.assignedOn, "听庭日期不能早于指派日期");
        audit.change("HEARING", c, r -> {
            r.hearingAttended = true;
            r.hearingOn = input.hearingOn();
        });
        return view(c);
    }

    @Transactional
    public CaseView close(UUID id, String ifMatch, CloseInput input) {
        LegalAidCase c = change(id, ifMatch, input.version());
        requireStatus(c, Set.of(CaseStatus.ASSIGNED), "结案");
        ApplicationService.notBefore("closedOn", input.closedOn(), c.assignedOn, "结案日期不能早于指派日期");
        audit.change("CLOSE", c, r -> {
            r.closedOn = input.closedOn();
            r.result = input.result().strip();
            r.status = CaseStatus.CLOSED;
        });
        return view(c);
    }

    @Transactional
    public CaseView terminate(UUID id, String ifMatch, TerminateInput input) {
        if (input.reason() == TerminationReason.ADVANCE_AID_REFUSED) {
            throw ApiException.invalid("reason", "先行援助后经审查不符合条件的，请通过先行援助审查（advance-review）终止");
        }
        LegalAidCase c = change(id, ifMatch, input.version());
        requireStatus(c, OPEN, "终止");
        ApplicationService.notBefore("terminatedOn", input.terminatedOn(),
                c.assignedOn != null ? c.assignedOn : c.acceptedOn, "终止日期不能早于受理或指派日期");
        audit.change("TERMINATE", c, r -> {
            r.terminatedOn = input.terminatedOn();
            r.terminationReason = input.reason();
            r.terminationNote = LegalAidMapper.blankToNull(input.note());
            r.status = CaseStatus.TERMINATED;
        });
        return view(c);
    }

    /**
     * The review of a case given in advance (先行提供法律援助, 法律援助法第四十四条), once: CONFIRMED keeps the aid going;
     * REFUSED ends it, the case TERMINATED on the review date with reason ADVANCE_AID_REFUSED and the reason told (as
     * 《办理法律援助案件程序规定》 has it: 经审查不符合经济困难标准的，应当终止法律援助; 2012 text, 第十八条, article of the
     * current text unconfirmed). Only on an open case accepted in advance (409 otherwise).
     */
    @Transactional
    public CaseView reviewAdvance(UUID id, String ifMatch, AdvanceReviewInput input) {
        LegalAidCase c = change(id, ifMatch, input.version());
        if (c.advanceGround == null) {
            throw ApiException.conflict("该案件不是先行提供法律援助的案件，无需先行援助审查");
        }
        if (c.advanceReviewResult != null) {
            throw ApiException.conflict("先行援助审查已于 " + c.advanceReviewedOn + " 作出（" + c.advanceReviewResult + "），不能再次审查");
        }
        requireStatus(c, OPEN, "先行援助审查");
        ApplicationService.notBefore("reviewedOn", input.reviewedOn(), c.acceptedOn, "审查日期不能早于受理日期");
        String reason = LegalAidMapper.blankToNull(input.reason());
        boolean refused = input.result() == AdvanceReviewResult.REFUSED;
        if (refused && reason == null) {
            throw ApiException.invalid("reason", "审查不符合条件、终止援助时须写明理由");
        }
        audit.change("ADVANCE_REVIEW", c, r -> {
            r.advanceReviewedOn = input.reviewedOn();
            r.advanceReviewResult = input.result();
            if (refused) {
                r.status = CaseStatus.TERMINATED;
                r.terminatedOn = input.reviewedOn();
                r.terminationReason = TerminationReason.ADVANCE_AID_REFUSED;
                r.terminationNote = reason;
            }
        });
        return view(c);
    }

    /** A review of an assigned or closed case; a failed one must say what to fix. */
    @Transactional
    public ReviewView addReview(UUID caseId, ReviewInput input) {
        return LegalAidMapper.toView(reviewEntity(caseId, input));
    }

    /** The one way a review is recorded, by the API and by sync: a handled case in scope, checks, audit. */
    @Transactional
    public CaseReview reviewEntity(UUID caseId, ReviewInput input) {
        LegalAidCase c = handled(caseId, "评查", "reviewedOn", input.reviewedOn(), "评查日期不能早于指派日期");
        if (input.result() == ReviewResult.FAILED && (input.requiredFixes() == null || input.requiredFixes().isBlank())) {
            throw ApiException.invalid("requiredFixes", "评查不合格时须写明整改事项");
        }
        CaseReview r = new CaseReview();
        r.caseId = c.id;
        r.kind = input.kind();
        r.reviewedOn = input.reviewedOn();
        r.score = input.score();
        r.result = input.result();
        r.requiredFixes = LegalAidMapper.blankToNull(input.requiredFixes());
        return created(c, r, input.id());
    }

    public PageResult<ReviewView> reviews(UUID caseId, PageRequest page) {
        LegalAidCase c = load(caseId, LockModeType.NONE);
        Sort sort = page.toSort(Map.of("reviewedOn", "reviewedOn", "createdAt", "createdAt"),
                Sort.ascending("reviewedOn").and("createdAt").and("id"));
        return PageResult.of(CaseReview.<CaseReview>find("caseId = ?1", sort, c.id), page, LegalAidMapper::toView);
    }

    /** A follow-up call, once a provider has the case. */
    @Transactional
    public FollowUpView addFollowUp(UUID caseId, FollowUpInput input) {
        return LegalAidMapper.toView(followUpEntity(caseId, input));
    }

    /** The one way a follow-up is recorded, by the API and by sync: a handled case in scope, checks, audit. */
    @Transactional
    public FollowUp followUpEntity(UUID caseId, FollowUpInput input) {
        LegalAidCase c = handled(caseId, "回访", "followUpOn", input.followUpOn(), "回访日期不能早于指派日期");
        FollowUp f = new FollowUp();
        f.caseId = c.id;
        f.followUpOn = input.followUpOn();
        f.satisfied = input.satisfied();
        f.notes = LegalAidMapper.blankToNull(input.notes());
        return created(c, f, input.id());
    }

    public PageResult<FollowUpView> followUps(UUID caseId, PageRequest page) {
        LegalAidCase c = load(caseId, LockModeType.NONE);
        Sort sort = page.toSort(Map.of("followUpOn", "followUpOn", "createdAt", "createdAt"),
                Sort.ascending("followUpOn").and("createdAt").and("id"));
        return PageResult.of(FollowUp.<FollowUp>find("caseId = ?1", sort, c.id), page, LegalAidMapper::toView);
    }

    /** The case a review or follow-up is recorded under: in scope, writable, handled, and dated no earlier than its assignment. */
    private LegalAidCase handled(UUID caseId, String action, String field, LocalDate on, String tooEarly) {
        LegalAidCase c = load(caseId, LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(c.orgUnit);
        requireStatus(c, HANDLED, action);
        ApplicationService.notBefore(field, on, c.assignedOn, tooEarly);
        return c;
    }

    /** A new record under the case (409 when the id exists), in the case's org unit. */
    private <R extends AuditedRecord> R created(LegalAidCase c, R r, UUID id) {
        Records.requireNew(r.getClass(), id);
        r.id = id;
        r.orgUnit = c.orgUnit;
        r.persist();
        audit.created(r);
        return r;
    }

    private LegalAidCase change(UUID id, String ifMatch, Long bodyVersion) {
        LegalAidCase c = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(c, Versioning.expected(ifMatch, bodyVersion));
        caller.requireWritable(c.orgUnit);
        return c;
    }

    private static void requireStatus(LegalAidCase c, Set<CaseStatus> allowed, String action) {
        if (!allowed.contains(c.status)) {
            throw ApiException.conflict("案件当前状态为 " + c.status + "，不能" + action);
        }
    }

    /** The case if the caller sees it (404 otherwise). */
    public LegalAidCase load(UUID id, LockModeType lock) {
        LegalAidCase c = LegalAidCase.<LegalAidCase>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(c.orgUnit, WHAT, id);
        return c;
    }
}
