package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.legalaid.api.AcceptInput;
import cn.daxiang.justice.legalaid.api.ApplicationInput;
import cn.daxiang.justice.legalaid.api.ApplicationView;
import cn.daxiang.justice.legalaid.api.CaseView;
import cn.daxiang.justice.legalaid.api.MaterialsReceivedInput;
import cn.daxiang.justice.legalaid.api.MaterialsRequestInput;
import cn.daxiang.justice.legalaid.api.RefuseInput;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.ApplicationChannel;
import cn.daxiang.justice.legalaid.domain.ApplicationStatus;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.CaseStatus;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import io.quarkus.panache.common.Sort;
import cn.daxiang.justice.kit.person.PersonQuery;
import cn.daxiang.justice.kit.person.PersonSearch;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static cn.daxiang.justice.legalaid.mapping.LegalAidMapper.blankToNull;

/**
 * Applications and their decisions: 受理 (creates the case), 不予援助, 补充材料. Every read and write
 * goes through the caller's scope and every write leaves an audit row in the same transaction.
 */
@ApplicationScoped
public class ApplicationService extends RecordService<Application, ApplicationInput, ApplicationView> {

    static final String WHAT = "法律援助申请";
    static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "reviewDueOn", "reviewDueOn",
            "status", "status", "createdAt", "createdAt");
    static final Set<ApplicationStatus> UNDECIDED = Set.of(ApplicationStatus.PENDING, ApplicationStatus.MATERIALS_REQUESTED);

    @Inject
    PersonSearch search;

    ApplicationService() {
        super(Application.class, WHAT, Application::new);
    }

    /**
     * A notified application (通知辩护 法律援助法第二十五条, 通知代理 第二十八条; assigned within 3 日 of the notice, 第三十六条) names its notice in full: kind, document number,
     * the day it arrived (not after the application's received date) and the organ; no other application has notice fields.
     * Every other application states its hardship basis or the legal ground that spares the check (第三十二条、第四十二条).
     */
    @Override
    protected void check(ApplicationInput input) {
        if (input.channel() == ApplicationChannel.NOTIFIED) {
            requireNotice("noticeKind", input.noticeKind(), "通知辩护（代理）的申请须填写通知类型");
            requireNotice("noticeDocumentNumber", blankToNull(input.noticeDocumentNumber()), "通知辩护（代理）的申请须填写通知文书编号");
            requireNotice("noticeReceivedOn", input.noticeReceivedOn(), "通知辩护（代理）的申请须填写收到通知日期");
            requireNotice("notifyingOrgan", input.notifyingOrgan(), "通知辩护（代理）的申请须填写通知机关");
        } else {
            onlyWhenNotified("noticeReceivedOn", input.noticeReceivedOn());
            onlyWhenNotified("notifyingOrgan", input.notifyingOrgan());
            onlyWhenNotified("noticeKind", input.noticeKind());
            onlyWhenNotified("noticeDocumentNumber", blankToNull(input.noticeDocumentNumber()));
            if (blankToNull(input.hardshipBasis()) == null && input.hardshipExemption() == null) {
                throw ApiException.invalid("hardshipBasis", "须填写经济困难依据，或选择免予经济困难审查的法定情形（hardshipExemption）");
            }
        }
        if (input.noticeReceivedOn() != null && input.receivedOn() != null && input.noticeReceivedOn().isAfter(input.receivedOn())) {
            throw ApiException.invalid("noticeReceivedOn", "收到通知日期不能晚于收到申请日期");
        }
    }

    private static void requireNotice(String field, Object value, String message) {
        if (value == null) {
            throw ApiException.invalid(field, message);
        }
    }

    private static void onlyWhenNotified(String field, Object value) {
        if (value != null) {
            throw ApiException.invalid(field, "只有公检法通知辩护（代理）的申请（NOTIFIED）才有通知类型、文书编号、通知日期和通知机关");
        }
    }

    /** A correction of an application still under review (a decided one is a 409). */
    @Override
    protected void checkUpdate(Application a, ApplicationInput input) {
        requireUndecided(a, "修改");
    }

    /** A new application starts pending; a correction keeps the materials stop, so its due date keeps the days stopped. */
    @Override
    public void apply(ApplicationInput input, Application a) {
        LegalAidMapper.apply(input, a);
        if (a.status == null) {
            a.status = ApplicationStatus.PENDING;
        }
        a.reviewDueOn = reviewDueOn(a);
    }

    /**
     * The review's due date as the kit's clock ({@link LegalAidDeadlines#APPLICATION_REVIEW}) has it — the one
     * source: null while materials are awaited, for a notified case, or when the calendar lacks the year.
     * Stored on the application after every change of its dates, because lists sort by it.
     */
    public LocalDate reviewDueOn(Application a) {
        return deadlines.of(a).stream().filter(d -> LegalAidDeadlines.APPLICATION_REVIEW.equals(d.kind()))
                .map(Deadline::dueOn).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public PageResult<ApplicationView> list(String orgUnit, ApplicationStatus status, CaseCategory category,
                                            ApplicationChannel channel, LocalDate receivedFrom, LocalDate receivedTo,
                                            PersonQuery applicant, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :status", "status", status)
                .and("category = :category", "category", category)
                .and("channel = :channel", "channel", channel)
                .and("receivedOn >= :receivedFrom", "receivedFrom", receivedFrom)
                .and("receivedOn <= :receivedTo", "receivedTo", receivedTo);
        search.apply(query, LegalAidPersons.APPLICATIONS, applicant);
        Sort sort = page.toSort(SORTABLE, Sort.descending("receivedOn").and("id"));
        return PageResult.of(Application.class, query, sort, page,
                a -> LegalAidMapper.toView(a, personalData.bulk(), deadlines.of(a)));
    }

    /**
     * 受理: the application becomes a case handled by the application's org unit. With an advance ground (先行提供法律援助,
     * 法律援助法第四十四条) it may be accepted while materials are still awaited ("受援人应当及时补办有关手续，补充有关材料"); the
     * case then waits for the review of those materials ({@link CaseService#reviewAdvance}).
     */
    @Transactional
    public CaseView accept(UUID id, String ifMatch, AcceptInput input) {
        Application a = decide(id, ifMatch, input.version());
        if (a.status != ApplicationStatus.PENDING && input.advanceGround() == null) {
            throw ApiException.conflict("申请正在等待补充材料，材料补齐后才能受理（符合法律援助法第四十四条情形的，可先行提供法律援助）");
        }
        notBefore("acceptedOn", input.acceptedOn(), a.receivedOn, "受理日期不能早于收到申请日期");
        if (input.caseId() != null && LegalAidCase.findById(input.caseId()) != null) {
            throw ApiException.conflict("编号为 " + input.caseId() + " 的案件已存在");
        }
        LegalAidCase c = new LegalAidCase();
        c.id = input.caseId() == null ? UUID.randomUUID() : input.caseId();
        c.orgUnit = a.orgUnit;
        c.applicationId = a.id;
        c.category = a.category;
        c.complexity = input.complexity();
        c.advanceGround = input.advanceGround();
        c.acceptedOn = input.acceptedOn();
        c.noticeReceivedOn = a.noticeReceivedOn;
        c.status = CaseStatus.ACCEPTED;
        c.persist();
        audit.created(c);

        audit.change("ACCEPT", a, r -> {
            r.status = ApplicationStatus.ACCEPTED;
            r.decidedOn = input.acceptedOn();
            r.caseId = c.id;
            keepFirstDecision(r);
        });
        return LegalAidMapper.toView(c, deadlines.of(c));
    }

    /** 不予援助, with the reason the applicant is told. */
    @Transactional
    public ApplicationView refuse(UUID id, String ifMatch, RefuseInput input) {
        Application a = decide(id, ifMatch, input.version());
        notBefore("refusedOn", input.refusedOn(), a.receivedOn, "决定日期不能早于收到申请日期");
        audit.change("REFUSE", a, r -> {
            r.status = ApplicationStatus.REFUSED;
            r.decidedOn = input.refusedOn();
            r.refusalReason = input.reason().strip();
            keepFirstDecision(r);
        });
        return view(a);
    }

    /**
     * The first decision stays as it was made; a decision after reopening is the application's later outcome (and a
     * reopened application whose first refusal V13 found no trace of keeps none rather than a wrong one).
     */
    private static void keepFirstDecision(Application a) {
        if (a.firstDecision == null && a.reopenedOn == null) {
            a.firstDecision = a.status;
            a.firstDecidedOn = a.decidedOn;
        }
    }

    /**
     * 补充材料: the review clock stops until {@link #materialsReceived} restarts it. The centre tells the applicant
     * everything missing at once (法律援助法第四十三条第二款「一次性告知」), so an application has one materials stop:
     * a second request is a 409.
     */
    @Transactional
    public ApplicationView requestMaterials(UUID id, String ifMatch, MaterialsRequestInput input) {
        Application a = decide(id, ifMatch, input.version());
        if (a.status != ApplicationStatus.PENDING) {
            throw ApiException.conflict("已在等待补充材料");
        }
        if (a.materialsRequestedOn != null) {
            throw ApiException.conflict("补充材料应当一次性告知（法律援助法第四十三条第二款），该申请已于 " + a.materialsRequestedOn
                    + " 通知过补充材料");
        }
        notBefore("requestedOn", input.requestedOn(), a.receivedOn, "通知补充材料日期不能早于收到申请日期");
        audit.change("REQUEST_MATERIALS", a, r -> {
            r.status = ApplicationStatus.MATERIALS_REQUESTED;
            r.materialsRequested = input.materials().strip();
            r.materialsRequestedOn = input.requestedOn();
            r.reviewDueOn = reviewDueOn(r);
        });
        return view(a);
    }

    /** The materials arrived: the review clock runs again with the days it had left. */
    @Transactional
    public ApplicationView materialsReceived(UUID id, String ifMatch, MaterialsReceivedInput input) {
        Application a = loadForAction(id, ifMatch, input.version());
        if (a.status != ApplicationStatus.MATERIALS_REQUESTED) {
            throw ApiException.conflict("该申请没有待补充的材料（状态：" + a.status + "）");
        }
        notBefore("receivedOn", input.receivedOn(), a.materialsRequestedOn, "材料补齐日期不能早于通知补充材料日期");
        audit.change("MATERIALS_RECEIVED", a, r -> {
            r.status = ApplicationStatus.PENDING;
            r.materialsReceivedOn = input.receivedOn();
            r.reviewDueOn = reviewDueOn(r);
        });
        return view(a);
    }

    /**
     * An objection's CORRECTED decision (法律援助法第四十九条「责令法律援助机构改正」): the refused application goes back under
     * review (PENDING), its refusal cleared (kept in the audit log and on the objection; its date and kind stay as the
     * application's first decision, which the stats count), marked with the day and the
     * objection; the centre then accepts it, or refuses again with a new reason. The review clock runs again from that day
     * (an assumption: the law sets no period for the corrected review; the 7 日 of 第四十三条 are applied again).
     * An application no longer refused (reopened by an earlier objection) is left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(Application a, UUID objectionId, LocalDate on) {
        if (a.status != ApplicationStatus.REFUSED) {
            return;
        }
        audit.change("REOPEN", a, r -> {
            r.status = ApplicationStatus.PENDING;
            r.decidedOn = null;
            r.refusalReason = null;
            r.reopenedOn = on;
            r.reopenedByObjection = objectionId;
            r.reviewDueOn = reviewDueOn(r);
        });
    }

    private Application decide(UUID id, String ifMatch, Long bodyVersion) {
        Application a = loadForAction(id, ifMatch, bodyVersion);
        requireUndecided(a, "再作决定");
        return a;
    }

    /**
     * The life-cycle rule of deleting an application (sync is the only path that deletes): the same
     * rule as the PUT's, so an accepted or refused application, a decision the applicant was told, stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireDeletable(Application a) {
        requireUndecided(a, "删除");
    }

    private static void requireUndecided(Application a, String what) {
        if (!UNDECIDED.contains(a.status)) {
            throw ApiException.conflict("申请已" + (a.status == ApplicationStatus.ACCEPTED ? "受理" : "决定不予援助")
                    + "，不能" + what);
        }
    }

    static void notBefore(String field, LocalDate date, LocalDate earliest, String message) {
        if (earliest != null && date.isBefore(earliest)) {
            throw ApiException.invalid(field, message);
        }
    }

    @Override
    public ApplicationView view(Application a) {
        return LegalAidMapper.toView(a, personalData.single(), deadlines.of(a));
    }
}
