package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.ManualFigureInput;
import cn.daxiang.justice.evaluation.api.ManualFigureView;
import cn.daxiang.justice.evaluation.domain.ManualFigure;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Figures entered by hand: scoped, versioned and audited like every record. */
@ApplicationScoped
public class ManualFigureService {

    static final String WHAT = "人工填报数据";
    static final Map<String, String> SORTABLE = Map.of("metric", "metric", "from", "periodFrom", "to", "periodTo", "createdAt", "createdAt");

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public ManualFigureView create(ManualFigureInput input) {
        caller.requireWritable(input.orgUnit());
        requirePeriod(input);
        Records.requireNew(ManualFigure.class, input.id());
        requireNoOther(input, null);
        ManualFigure figure = new ManualFigure();
        figure.id = input.id();
        DefinitionMapper.apply(input, figure);
        figure.persist();
        audit.created(figure);
        return DefinitionMapper.toView(figure);
    }

    @Transactional
    public ManualFigureView update(UUID id, String ifMatch, ManualFigureInput input) {
        ManualFigure figure = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(figure, Versioning.expected(ifMatch, input.version()));
        caller.requireWritable(figure.orgUnit);
        caller.requireWritable(input.orgUnit());
        requirePeriod(input);
        requireNoOther(input, id);
        audit.update(figure, f -> DefinitionMapper.apply(input, f));
        // @PreUpdate sets updatedAt/updatedBy at flush: flush so that the answer shows them
        ManualFigure.flush();
        return DefinitionMapper.toView(figure);
    }

    public ManualFigureView get(UUID id) {
        return DefinitionMapper.toView(load(id, LockModeType.NONE));
    }

    public PageResult<ManualFigureView> list(String orgUnit, String metric, LocalDate from, LocalDate to, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("metric = :metric", "metric", metric == null || metric.isBlank() ? null : metric.strip())
                .and("periodTo >= :fromFilter", "fromFilter", from)
                .and("periodFrom <= :toFilter", "toFilter", to);
        Sort sort = page.toSort(SORTABLE, Sort.descending("periodFrom").and("metric").and("orgUnit").and("id"));
        return PageResult.of(ManualFigure.<ManualFigure>find(query.where(), sort, query.parameters()), page, DefinitionMapper::toView);
    }

    /** The figures entered for exactly this org unit and period (what a run uses). */
    public static List<ManualFigure> forPeriod(String orgUnit, LocalDate from, LocalDate to) {
        return ManualFigure.<ManualFigure>find("orgUnit = ?1 and periodFrom = ?2 and periodTo = ?3", Sort.ascending("metric"), orgUnit, from, to).list();
    }

    private static void requirePeriod(ManualFigureInput input) {
        if (input.from().isAfter(input.to())) {
            throw ApiException.invalid("from", "期间起始日期不能晚于截止日期");
        }
    }

    private static void requireNoOther(ManualFigureInput input, UUID self) {
        long others = self == null
                ? ManualFigure.count("metric = ?1 and orgUnit = ?2 and periodFrom = ?3 and periodTo = ?4",
                input.metric(), input.orgUnit(), input.from(), input.to())
                : ManualFigure.count("metric = ?1 and orgUnit = ?2 and periodFrom = ?3 and periodTo = ?4 and id <> ?5",
                input.metric(), input.orgUnit(), input.from(), input.to(), self);
        if (others > 0) {
            throw ApiException.conflict("机构 " + input.orgUnit() + " 在 " + input.from() + " 至 " + input.to() + " 期间的 "
                    + input.metric() + " 已有填报数据，请修改该记录");
        }
    }

    private ManualFigure load(UUID id, LockModeType lock) {
        ManualFigure figure = ManualFigure.<ManualFigure>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(figure.orgUnit, WHAT, id);
        return figure;
    }
}
