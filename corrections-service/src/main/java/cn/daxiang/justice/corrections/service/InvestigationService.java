package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.InvestigationInput;
import cn.daxiang.justice.corrections.api.InvestigationView;
import cn.daxiang.justice.corrections.domain.Investigation;
import cn.daxiang.justice.corrections.domain.InvestigationStatus;
import cn.daxiang.justice.corrections.mapping.InvestigationMapper;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;

/** Investigations: every read and write goes through the caller's scope and leaves an audit row. */
@ApplicationScoped
public class InvestigationService extends RecordService<Investigation, InvestigationInput, InvestigationView> {

    static final String WHAT = "调查评估";
    static final Map<String, String> SORTABLE = Map.of(
            "entrustedOn", "entrustedOn", "completedOn", "completedOn", "createdAt", "createdAt", "orgUnit", "orgUnit");

    InvestigationService() {
        super(Investigation.class, WHAT, Investigation::new);
    }

    @Override
    public void apply(InvestigationInput input, Investigation investigation) {
        InvestigationMapper.apply(input, investigation);
    }

    /** The investigation as the API shows it to the caller (ID number masked unless allowed). */
    @Override
    public InvestigationView view(Investigation investigation) {
        return InvestigationMapper.toView(investigation, personalData.single(), deadlines.of(investigation));
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
        return PageResult.of(Investigation.class, query, sort, page,
                i -> InvestigationMapper.toView(i, personalData.bulk(), deadlines.of(i)));
    }

    @Override
    protected void check(InvestigationInput input) {
        if ((input.completedOn() == null) != (input.opinion() == null)) {
            throw ApiException.invalid(input.completedOn() == null ? "completedOn" : "opinion",
                    "完成日期与评估意见须同时填写");
        }
        if (input.completedOn() != null && input.completedOn().isBefore(input.entrustedOn())) {
            throw ApiException.invalid("completedOn", "完成日期不能早于委托日期");
        }
    }
}
