package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.IndicatorRef;
import cn.daxiang.justice.evaluation.api.RankingItem;
import cn.daxiang.justice.evaluation.api.RunView;
import cn.daxiang.justice.evaluation.api.TrendPoint;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.domain.DefinitionVersion;
import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.evaluation.domain.EvaluationRun;
import cn.daxiang.justice.evaluation.report.ExportDocument;
import cn.daxiang.justice.evaluation.report.ReportBuilder;
import cn.daxiang.justice.evaluation.report.ReportDocument;
import cn.daxiang.justice.kit.orgunit.OrgUnit;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The report and the export of one frozen run. Everything comes from stored data: the run's
 * snapshot, the definition versions it used, and, for the ranking and the trend, other frozen runs.
 * No line is called, so a report can be written again at any time and says the same.
 */
@ApplicationScoped
public class ReportService {

    static final int TREND_YEARS = 5;

    @Inject
    CallerScope caller;

    @Inject
    RunService runs;

    @Inject
    ComparisonService comparisons;

    @Inject
    OrgUnitDirectory directory;

    /** The run, if the caller may see it (404 otherwise, as for {@code GET runs/{id}}). */
    public EvaluationRun visibleRun(UUID id) {
        EvaluationRun run = EvaluationRun.<EvaluationRun>findByIdOptional(id, LockModeType.NONE)
                .orElseThrow(() -> ApiException.notFound(RunService.WHAT, id));
        caller.requireVisible(run.orgUnit, RunService.WHAT, id);
        return run;
    }

    /**
     * @param chartIndicator the indicator of the ranking and trend charts; null: the first rate
     *                       indicator (in code order) that has something to show
     */
    public ReportDocument report(UUID id, String chartIndicator) {
        EvaluationRun run = visibleRun(id);
        RunView.Snapshot snapshot = runs.snapshot(run);
        Map<String, Map<String, Object>> definitions = definitions(snapshot.indicators());
        Map<String, ReportBuilder.Formula> formulas = new HashMap<>();
        definitions.forEach((code, d) -> formulas.put(code, new ReportBuilder.Formula(
                String.valueOf(d.get("numerator")), String.valueOf(d.get("denominator")))));
        List<IndicatorRef> candidates = candidates(snapshot, definitions, chartIndicator);
        RunPeriod period = new RunPeriod(run.periodFrom, run.periodTo, run.year, run.quarter, run.month);
        // the unit's name at the period's end (a township renamed since keeps its old name in an old report)
        String name = directory.find(run.orgUnit, run.periodTo).or(() -> directory.find(run.orgUnit)).map(OrgUnit::name).orElse(run.orgUnit);
        ReportBuilder.RunFacts facts = new ReportBuilder.RunFacts(run.id, run.orgUnit, name, period, run.status,
                RunService.asStored(run.createdAt), run.createdBy);
        return ReportBuilder.build(facts, snapshot, formulas, ranking(run, candidates), trend(run, candidates), Instant.now(),
                ManualFigureCatalog.entries());
    }

    public ExportDocument export(UUID id) {
        EvaluationRun run = visibleRun(id);
        RunView.Snapshot s = runs.snapshot(run);
        return new ExportDocument(ExportDocument.FORMAT_VERSION, run.id, run.orgUnit, run.periodFrom, run.periodTo, run.status,
                RunService.asStored(run.createdAt),
                s.indicators().stream().map(i -> new ExportDocument.IndicatorRow(run.orgUnit, run.periodFrom, run.periodTo, i.code(),
                        i.value(), i.numerator(), i.denominator(), i.status(), i.unit(), i.definitionVersion())).toList(),
                s.metrics().stream().map(m -> new ExportDocument.MetricRow(run.orgUnit, run.periodFrom, run.periodTo, m.name(),
                        m.value(), m.source(), m.asOf())).toList());
    }

    /** The definition texts of the versions the run used, by code. */
    static Map<String, Map<String, Object>> definitions(List<IndicatorResult> indicators) {
        Map<String, Long> used = new HashMap<>();
        indicators.forEach(i -> used.put(i.code(), i.definitionVersion()));
        Map<String, Map<String, Object>> out = new HashMap<>();
        if (used.isEmpty()) {
            return out;
        }
        DefinitionVersion.<DefinitionVersion>list("kind = ?1 and code in ?2", DefinitionVersion.INDICATOR, used.keySet())
                .stream().filter(v -> used.get(v.code) == v.version).forEach(v -> out.put(v.code, v.definition));
        return out;
    }

    /** Rate indicators with a direction, in code order; or only the one asked for (400 if the run has no such indicator). */
    static List<IndicatorRef> candidates(RunView.Snapshot s, Map<String, Map<String, Object>> definitions, String asked) {
        if (asked != null && !asked.isBlank()) {
            IndicatorResult r = s.indicators().stream().filter(i -> i.code().equals(asked.strip())).findFirst()
                    .orElseThrow(() -> ApiException.invalid("indicator", "该运行没有指标：" + asked.strip()));
            return List.of(new IndicatorRef(r.code(), r.name(), r.unit(), direction(definitions.get(r.code()))));
        }
        return s.indicators().stream()
                .filter(i -> "%".equals(i.unit()) && direction(definitions.get(i.code())) != Direction.NEUTRAL)
                .map(i -> new IndicatorRef(i.code(), i.name(), i.unit(), direction(definitions.get(i.code())))).toList();
    }

    static Direction direction(Map<String, Object> definition) {
        Object d = definition == null ? null : definition.get("direction");
        try {
            return d == null ? Direction.NEUTRAL : Direction.valueOf(d.toString());
        } catch (IllegalArgumentException e) {
            return Direction.NEUTRAL;
        }
    }

    /** From the child runs made with this run if any, otherwise from the children's latest runs for the same period. */
    ReportDocument.Ranking ranking(EvaluationRun run, List<IndicatorRef> candidates) {
        List<OrgUnit> children = comparisons.children(run.orgUnit);
        if (children.isEmpty()) {
            return new ReportDocument.Ranking(null, null, null, null, List.of(), "该机构无下级机构，未绘制排名图。");
        }
        if (candidates.isEmpty()) {
            return new ReportDocument.Ranking(null, null, null, null, List.of(), "本期无可排名的比率指标，未绘制排名图。");
        }
        boolean ownChildren = !RunService.childRunIds(run.id).isEmpty();
        String basis = ownChildren ? "本次评价同时生成的下级机构评价运行" : "各下级机构该期间最新的已冻结评价运行";
        Function<String, Optional<EvaluationRun>> runOf = ownChildren
                ? child -> ComparisonService.childRun(run.id, child)
                : child -> ComparisonService.latestRun(child, run.periodFrom, run.periodTo);
        List<RankingItem> first = null;
        for (IndicatorRef candidate : candidates) {
            List<RankingItem> items = comparisons.rank(candidate, children, runOf);
            if (items.stream().anyMatch(i -> i.rank() != null)) {
                return new ReportDocument.Ranking(candidate.code(), candidate.name(), candidate.unit(), basis, items, null);
            }
            first = first == null ? items : first;
        }
        IndicatorRef c = candidates.get(0);
        return new ReportDocument.Ranking(c.code(), c.name(), c.unit(), basis, first,
                "下级机构尚无该期间可比的评价数值，未绘制排名图。");
    }

    /** The latest yearly runs of the same org unit over the last five years up to the run's year. */
    ReportDocument.Trend trend(EvaluationRun run, List<IndicatorRef> candidates) {
        if (candidates.isEmpty()) {
            return new ReportDocument.Trend(null, null, null, null, "本期无可比较的比率指标，未绘制趋势图。");
        }
        int last = run.year != null ? run.year : run.periodTo.getYear();
        List<TrendPoint> first = null;
        for (IndicatorRef candidate : candidates) {
            List<TrendPoint> points = comparisons.points(candidate.code(), run.orgUnit, last - TREND_YEARS + 1, last);
            if (points.stream().filter(p -> IndicatorResult.Status.OK.name().equals(p.status())).count() >= 2) {
                return new ReportDocument.Trend(candidate.code(), candidate.name(), candidate.unit(), points, null);
            }
            first = first == null ? points : first;
        }
        IndicatorRef c = candidates.get(0);
        return new ReportDocument.Trend(c.code(), c.name(), c.unit(), first,
                "近" + TREND_YEARS + "年有该指标数值的年度评价运行不足两个，未绘制趋势图。");
    }
}
