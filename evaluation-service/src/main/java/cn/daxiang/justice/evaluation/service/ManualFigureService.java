package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.ManualFigureInput;
import cn.daxiang.justice.evaluation.api.ManualFigureView;
import cn.daxiang.justice.evaluation.calc.CatalogEntry;
import cn.daxiang.justice.evaluation.calc.ManualFigures;
import cn.daxiang.justice.evaluation.domain.ManualFigure;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Figures entered by hand: scoped, versioned and audited like every record. */
@ApplicationScoped
public class ManualFigureService extends EvaluationRecordService<ManualFigure, ManualFigureInput, ManualFigureView> {

    static final Map<String, String> SORTABLE = Map.of("metric", "metric", "from", "periodFrom", "to", "periodTo", "createdAt", "createdAt");

    ManualFigureService() {
        super(ManualFigure.class, "人工填报数据", ManualFigure::new, DefinitionMapper::apply, DefinitionMapper::toView);
    }

    public PageResult<ManualFigureView> list(String orgUnit, String metric, LocalDate from, LocalDate to, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("metric = :metric", "metric", metric == null || metric.isBlank() ? null : metric.strip())
                .and("periodTo >= :fromFilter", "fromFilter", from)
                .and("periodFrom <= :toFilter", "toFilter", to);
        Sort sort = page.toSort(SORTABLE, Sort.descending("periodFrom").and("metric").and("orgUnit").and("id"));
        return PageResult.of(find(query.where(), sort, query.parameters()), page, this::view);
    }

    /**
     * What a run and its child runs use, per org unit (every unit present), in one query: the figures whose period meets
     * the run's (those within it are summed, those straddling it are warned about) and the opening balances up to its end,
     * made into the run's figures with the catalog (issue 23).
     */
    public static Map<String, ManualFigures.Result> forRun(Collection<String> orgUnits, LocalDate from, LocalDate to) {
        Map<String, CatalogEntry> catalog = ManualFigures.byMetric(ManualFigureCatalog.entries());
        Map<String, List<ManualFigures.Figure>> stored = ManualFigure.<ManualFigure>find(
                        "orgUnit in ?1 and ((periodFrom <= ?3 and periodTo >= ?2) or (metric like 'opening:%' and periodTo <= ?3))",
                        Sort.ascending("orgUnit").and("metric").and("periodFrom"), orgUnits, from, to).stream()
                .collect(Collectors.groupingBy(f -> f.orgUnit, Collectors.mapping(f -> new ManualFigures.Figure(f.metric, f.periodFrom,
                        f.periodTo, f.value, f.updatedAt, f.id.toString(), f.updatedBy), Collectors.toList())));
        Map<String, ManualFigures.Result> out = new HashMap<>();
        orgUnits.forEach(u -> out.put(u, ManualFigures.of(stored.getOrDefault(u, List.of()), catalog, from, to)));
        return out;
    }

    @Override
    protected void check(ManualFigureInput input) {
        if (input.from().isAfter(input.to())) {
            throw ApiException.invalid("from", "期间起始日期不能晚于截止日期");
        }
        ManualFigureCatalog.requireEnterable(input.metric());
    }

    @Override
    protected void requireUnique(ManualFigureInput input, UUID self) {
        String same = "metric = ?1 and orgUnit = ?2 and periodFrom = ?3 and periodTo = ?4";
        long others = self == null ? count(same, input.metric(), input.orgUnit(), input.from(), input.to())
                : count(same + " and id <> ?5", input.metric(), input.orgUnit(), input.from(), input.to(), self);
        if (others > 0) {
            throw ApiException.conflict("机构 " + input.orgUnit() + " 在 " + input.from() + " 至 " + input.to() + " 期间的 "
                    + input.metric() + " 已有填报数据，请修改该记录");
        }
    }
}
