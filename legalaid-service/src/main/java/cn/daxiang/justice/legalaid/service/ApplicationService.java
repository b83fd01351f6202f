package cn.daxiang.justice.legalaid.service;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

    ApplicationService() {
        super(Application.class, WHAT, Application::new);
    }

    /** A correction of an application still under review (a decided one is a 409). */
    @Override
    protected void checkUpdate(Application a, ApplicationInput input) {
        requireUndecided(a, "修改");
    }

    /** A new application starts pending with the full review time; a correction keeps the days the clock stood still. */
    @Override
    public void apply(ApplicationInput input, Application a) {
        LocalDate dueOn = reviewDueOn(a, input.receivedOn());
        LegalAidMapper.apply(input, a);
        a.reviewDueOn = dueOn;
        if (a.status == null) {
            a.status = ApplicationStatus.PENDING;
        }
    }

    /** The review deadline for a received date, keeping the days the clock already stood still. */
    public static LocalDate reviewDueOn(Application a, LocalDate receivedOn) {
        if (a.reviewDueOn == null || a.receivedOn == null) {
            return receivedOn.plusDays(Application.REVIEW_DAYS);
        }
        long paused = a.reviewDueOn.toEpochDay() - a.receivedOn.toEpochDay() - Application.REVIEW_DAYS;
        return receivedOn.plusDays(Application.REVIEW_DAYS + paused);
    }

    public PageResult<ApplicationView> list(String orgUnit, ApplicationStatus status, CaseCategory category,
                                            ApplicationChannel channel, LocalDate receivedFrom, LocalDate receivedTo,
                                            PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :status", "status", status)
                .and("category = :category", "category", category)
                .and("channel = :channel", "channel", channel)
                .and("receivedOn >= :receivedFrom", "receivedFrom", receivedFrom)
                .and("receivedOn <= :receivedTo", "receivedTo", receivedTo);
        Sort sort = page.toSort(SORTABLE, Sort.descending("receivedOn").and("id"));
        return PageResult.of(Application.class, query, sort, page,
                a -> LegalAidMapper.toView(a, personalData.bulk()));
    }

    /** 受理: the application becomes a case handled by the application's org unit. */
    @Transactional
    public CaseView accept(UUID id, String ifMatch, AcceptInput input) {
        Application a = decide(id, ifMatch, input.version());
        if (a.status != ApplicationStatus.PENDING) {
            throw ApiException.conflict("申请正在等待补充材料，材料补齐后才能受理");
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
        c.acceptedOn = input.acceptedOn();
        c.status = CaseStatus.ACCEPTED;
        c.persist();
        audit.created(c);

        audit.change("ACCEPT", a, r -> {
            r.status = ApplicationStatus.ACCEPTED;
            r.decidedOn = input.acceptedOn();
            r.caseId = c.id;
        });
        return LegalAidMapper.toView(c);
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
        });
        return view(a);
    }

    /** 补充材料: the review clock stops until {@link #materialsReceived} restarts it. */
    @Transactional
    public ApplicationView requestMaterials(UUID id, String ifMatch, MaterialsRequestInput input) {
        Application a = decide(id, ifMatch, input.version());
        if (a.status != ApplicationStatus.PENDING) {
            throw ApiException.conflict("已在等待补充材料");
        }
        LocalDate since = a.materialsReceivedOn != null ? a.materialsReceivedOn : a.receivedOn;
        notBefore("requestedOn", input.requestedOn(), since, "通知补充材料日期不能早于收到申请或上次补齐材料的日期");
        audit.change("REQUEST_MATERIALS", a, r -> {
            r.status = ApplicationStatus.MATERIALS_REQUESTED;
            r.materialsRequested = input.materials().strip();
            r.materialsRequestedOn = input.requestedOn();
            r.materialsReceivedOn = null;
        });
        return view(a);
    }

    /** The materials arrived: the review deadline moves by the days the clock stood still. */
    @Transactional
    public ApplicationView materialsReceived(UUID id, String ifMatch, MaterialsReceivedInput input) {
        Application a = loadForAction(id, ifMatch, input.version());
        if (a.status != ApplicationStatus.MATERIALS_REQUESTED) {
            throw ApiException.conflict("该申请没有待补充的材料（状态：" + a.status + "）");
        }
        notBefore("receivedOn", input.receivedOn(), a.materialsRequestedOn, "材料补齐日期不能早于通知补充材料日期");
        audit.change("MATERIALS_RECEIVED", a, r -> {
            r.reviewDueOn = r.reviewDueOn.plusDays(ChronoUnit.DAYS.between(r.materialsRequestedOn, input.receivedOn()));
            r.status = ApplicationStatus.PENDING;
            r.materialsReceivedOn = input.receivedOn();
        });
        return view(a);
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
        return LegalAidMapper.toView(a, personalData.single());
    }
}
