package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.InvestigationInput;
import cn.daxiang.justice.corrections.api.InvestigationView;
import cn.daxiang.justice.corrections.domain.Investigation;
import cn.daxiang.justice.corrections.domain.InvestigationStatus;
import cn.daxiang.justice.corrections.mapping.InvestigationMapper;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Investigations: every read and write goes through the caller's scope and leaves an audit row. */
@ApplicationScoped
public class InvestigationService {

    static final String WHAT = "调查评估";
    static final Map<String, String> SORTABLE = Map.of(
            "entrustedOn", "entrustedOn", "completedOn", "completedOn", "createdAt", "createdAt", "orgUnit", "orgUnit");

    @Inject
    CallerScope caller;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    AuditLog audit;

    @Transactional
    public InvestigationView create(InvestigationInput input) {
        return view(createEntity(input));
    }

    /** The one create path of investigations, used by the API's POST and by sync. */
    @Transactional
    public Investigation createEntity(InvestigationInput input) {
        caller.requireWritable(input.orgUnit());
        checkDates(input);
        Records.requireNew(Investigation.class, input.id());
        Investigation investigation = new Investigation();
        investigation.id = input.id();
        InvestigationMapper.apply(input, investigation);
        investigation.persist();
        audit.created(investigation);
        return investigation;
    }

    @Transactional
    public InvestigationView update(UUID id, String ifMatch, InvestigationInput input) {
        Investigation investigation = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(investigation, Versioning.expected(ifMatch, input.version()));
        applyUpdate(investigation, input);
        return view(investigation);
    }

    /** The one update path, used by the API's PUT (after its lock and version check) and by sync. */
    @Transactional
    public void applyUpdate(Investigation investigation, InvestigationInput input) {
        caller.requireWritable(investigation.orgUnit);
        caller.requireWritable(input.orgUnit());
        checkDates(input);
        audit.update(investigation, i -> InvestigationMapper.apply(input, i));
    }

    /** The investigation as the API shows it to the caller (ID number masked unless allowed). */
    public InvestigationView view(Investigation investigation) {
        return InvestigationMapper.toView(investigation, personalData.single());
    }

    public InvestigationView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    public PageResult<InvestigationView> list(String orgUnit, InvestigationStatus status, LocalDate entrustedFrom,
                                              LocalDate entrustedTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .andIf(status == InvestigationStatus.PENDING, "completedOn is null")
                .andIf(status == InvestigationStatus.COMPLETED, "completedOn is not null")
                .and("entrustedOn >= :entrustedFrom", "entrustedFrom", entrustedFrom)
                .and("entrustedOn <= :entrustedTo", "entrustedTo", entrustedTo);
        Sort sort = page.toSort(SORTABLE, Sort.descending("entrustedOn").and("id"));
        // Lists never show full ID numbers: nobody needs a column of them.
        return PageResult.of(Investigation.<Investigation>find(query.where(), sort, query.parameters()), page,
                i -> InvestigationMapper.toView(i, personalData.bulk()));
    }

    private Investigation load(UUID id, LockModeType lock) {
        Investigation investigation = Investigation.<Investigation>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(investigation.orgUnit, WHAT, id);
        return investigation;
    }

    private static void checkDates(InvestigationInput input) {
        if ((input.completedOn() == null) != (input.opinion() == null)) {
            throw ApiException.invalid(input.completedOn() == null ? "completedOn" : "opinion",
                    "完成日期与评估意见须同时填写");
        }
        if (input.completedOn() != null && input.completedOn().isBefore(input.entrustedOn())) {
            throw ApiException.invalid("completedOn", "完成日期不能早于委托日期");
        }
    }
}
