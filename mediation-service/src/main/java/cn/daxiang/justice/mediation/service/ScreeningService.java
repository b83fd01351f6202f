package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.mediation.api.ScreeningInput;
import cn.daxiang.justice.mediation.api.ScreeningView;
import cn.daxiang.justice.mediation.domain.Screening;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Screening reports, zero reports (零上报) included: one per org unit and period. */
@ApplicationScoped
public class ScreeningService extends RecordService<Screening, ScreeningInput, ScreeningView> {

    static final String WHAT = "排查报告";
    static final Map<String, String> SORTABLE = Map.of("periodStart", "periodStart", "periodEnd", "periodEnd", "createdAt", "createdAt");

    ScreeningService() {
        super(Screening.class, WHAT, Screening::new);
    }

    @Override
    protected void check(ScreeningInput input) {
        if (input.periodEnd().isBefore(input.periodStart())) {
            throw ApiException.invalid("periodEnd", "排查期间结束不能早于开始");
        }
        if (input.zeroReport() != null && input.zeroReport() != (input.disputesFound() == 0)) {
            throw ApiException.invalid("zeroReport", "零上报须且只须在排查发现纠纷数为0时标注");
        }
    }

    @Override
    protected void requireUnique(ScreeningInput input, UUID self) {
        long others = Screening.count("orgUnit = ?1 and periodStart = ?2 and periodEnd = ?3 and id <> ?4",
                input.orgUnit(), input.periodStart(), input.periodEnd(), self == null ? new UUID(0, 0) : self);
        if (others > 0) {
            throw ApiException.conflict("该机构此期间的排查报告已存在");
        }
    }

    /** The input's fields on the record (the zero-report flag follows the count). */
    @Override
    public void apply(ScreeningInput input, Screening s) {
        s.orgUnit = input.orgUnit();
        s.periodStart = input.periodStart();
        s.periodEnd = input.periodEnd();
        s.disputesFound = input.disputesFound();
        s.zeroReport = input.disputesFound() == 0;
        s.note = input.note();
    }

    @Override
    public ScreeningView view(Screening s) {
        return new ScreeningView(s.id, s.orgUnit, s.version, s.periodStart, s.periodEnd, s.disputesFound, s.zeroReport,
                s.note, s.createdAt, s.updatedAt);
    }

    public PageResult<ScreeningView> list(String orgUnit, Boolean zeroReport, LocalDate periodFrom, LocalDate periodTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("zeroReport = :zeroReport", "zeroReport", zeroReport)
                .and("periodEnd >= :periodFrom", "periodFrom", periodFrom)
                .and("periodStart <= :periodTo", "periodTo", periodTo);
        Sort sort = page.toSort(SORTABLE, Sort.descending("periodStart").and("orgUnit").and("id"));
        return PageResult.of(Screening.class, query, sort, page, this::view);
    }
}
