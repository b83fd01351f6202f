package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.mediation.api.CommitteeInput;
import cn.daxiang.justice.mediation.api.CommitteeView;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.domain.CommitteeLevel;
import cn.daxiang.justice.mediation.domain.CommitteeStatus;
import cn.daxiang.justice.mediation.mapping.CommitteeMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;

/** Mediation committees: every read and write goes through the caller's scope and leaves an audit row. */
@ApplicationScoped
public class CommitteeService extends RecordService<Committee, CommitteeInput, CommitteeView> {

    static final String WHAT = "人民调解委员会";
    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "termStart", "termStart", "createdAt", "createdAt");

    CommitteeService() {
        super(Committee.class, WHAT, Committee::new);
    }

    @Override
    protected void check(CommitteeInput input) {
        checkTerm(input.termStart(), input.termEnd());
    }

    /** A committee's term and a mediator's alike: an open end, or one no earlier than the start. */
    static void checkTerm(LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw ApiException.invalid("termEnd", "任期结束日期不能早于任期开始日期");
        }
    }

    @Override
    public void apply(CommitteeInput input, Committee committee) {
        CommitteeMapper.apply(input, committee);
    }

    @Override
    public CommitteeView view(Committee committee) {
        return CommitteeMapper.toView(committee);
    }

    public PageResult<CommitteeView> list(String orgUnit, CommitteeStatus status, CommitteeLevel level, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :status", "status", status)
                .and("level = :level", "level", level);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name").and("id"));
        return PageResult.of(Committee.class, query, sort, page,
                CommitteeMapper::toView);
    }
}
