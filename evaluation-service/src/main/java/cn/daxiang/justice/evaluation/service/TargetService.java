package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.TargetInput;
import cn.daxiang.justice.evaluation.api.TargetView;
import cn.daxiang.justice.evaluation.domain.Target;
import cn.daxiang.justice.evaluation.mapping.TargetMapper;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/** Targets: every read and write goes through the caller's scope and leaves an audit row. */
@ApplicationScoped
public class TargetService extends EvaluationRecordService<Target, TargetInput, TargetView> {

    static final Map<String, String> SORTABLE = Map.of("year", "year", "metric", "metric", "createdAt", "createdAt");

    TargetService() {
        super(Target.class, "任务指标", Target::new, TargetMapper::apply, TargetMapper::toView);
    }

    public PageResult<TargetView> list(Integer year, String orgUnit, String metric, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("year = :year", "year", year)
                .and("metric = :metric", "metric", metric == null || metric.isBlank() ? null : metric.strip());
        Sort sort = page.toSort(SORTABLE, Sort.descending("year").and("metric").and("orgUnit").and("id"));
        return PageResult.of(find(query.where(), sort, query.parameters()), page, this::view);
    }

    /**
     * One target per (year, orgUnit, metric): answered as 409 before the unique constraint
     * {@code target_year_org_unit_metric_uk} would refuse it.
     */
    @Override
    protected void requireUnique(TargetInput input, UUID self) {
        String same = "year = ?1 and orgUnit = ?2 and metric = ?3";
        long others = self == null ? count(same, input.year(), input.orgUnit(), input.metric())
                : count(same + " and id <> ?4", input.year(), input.orgUnit(), input.metric(), self);
        if (others > 0) {
            throw ApiException.conflict("机构 " + input.orgUnit() + " 的 " + input.year() + " 年度指标 "
                    + input.metric() + " 已有任务值，请修改该记录");
        }
    }
}
