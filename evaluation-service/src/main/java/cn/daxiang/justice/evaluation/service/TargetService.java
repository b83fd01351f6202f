package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.TargetInput;
import cn.daxiang.justice.evaluation.api.TargetView;
import cn.daxiang.justice.evaluation.domain.Target;
import cn.daxiang.justice.evaluation.mapping.TargetMapper;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/** Targets: every read and write goes through the caller's scope and leaves an audit row. */
@ApplicationScoped
public class TargetService {

    static final String WHAT = "任务指标";
    static final Map<String, String> SORTABLE = Map.of("year", "year", "metric", "metric", "createdAt", "createdAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public TargetView create(TargetInput input) {
        caller.requireWritable(input.orgUnit());
        Records.requireNew(Target.class, input.id());
        requireNoOtherTarget(input, null);
        Target target = new Target();
        target.id = input.id();
        TargetMapper.apply(input, target);
        target.persist();
        audit.created(target);
        return TargetMapper.toView(target);
    }

    @Transactional
    public TargetView update(UUID id, String ifMatch, TargetInput input) {
        Target target = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(target, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(target.orgUnit);
        caller.requireWritable(input.orgUnit());
        requireNoOtherTarget(input, id);
        audit.update(target, t -> TargetMapper.apply(input, t));
        return TargetMapper.toView(target);
    }

    public TargetView get(UUID id) {
        return TargetMapper.toView(load(id, LockModeType.NONE));
    }

    public PageResult<TargetView> list(Integer year, String orgUnit, String metric, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("year = :year", "year", year)
                .and("metric = :metric", "metric", metric == null || metric.isBlank() ? null : metric.strip());
        Sort sort = page.toSort(SORTABLE, Sort.descending("year").and("metric").and("orgUnit").and("id"));
        return PageResult.of(Target.<Target>find(query.where(), sort, query.parameters()), page, TargetMapper::toView);
    }

    /**
     * One target per (year, orgUnit, metric): answered as 409 before the unique constraint
     * {@code target_year_org_unit_metric_uk} would refuse it.
     */
    private static void requireNoOtherTarget(TargetInput input, UUID self) {
        long others = self == null
                ? Target.count("year = ?1 and orgUnit = ?2 and metric = ?3", input.year(), input.orgUnit(), input.metric())
                : Target.count("year = ?1 and orgUnit = ?2 and metric = ?3 and id <> ?4",
                        input.year(), input.orgUnit(), input.metric(), self);
        if (others > 0) {
            throw ApiException.conflict("机构 " + input.orgUnit() + " 的 " + input.year() + " 年度指标 "
                    + input.metric() + " 已有任务值，请修改该记录");
        }
    }

    private Target load(UUID id, LockModeType lock) {
        Target target = Target.<Target>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(target.orgUnit, WHAT, id);
        return target;
    }
}
