package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.IndicatorRef;
import cn.daxiang.justice.evaluation.api.RankingItem;
import cn.daxiang.justice.evaluation.api.RankingView;
import cn.daxiang.justice.evaluation.api.RunView;
import cn.daxiang.justice.evaluation.api.TrendPoint;
import cn.daxiang.justice.evaluation.api.TrendView;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.evaluation.domain.EvaluationRun;
import cn.daxiang.justice.evaluation.domain.Indicator;
import cn.daxiang.justice.kit.orgunit.OrgUnit;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rankings and trends, read from frozen runs only: the same request gives the same answer until
 * a new run is stored, and no line is called. "The run" of an org unit for a period is its latest
 * run for exactly that period (from and to), whatever its status; a run that could not compute the
 * indicator shows its status (UNAVAILABLE, NO_DATA) instead of a value.
 */
@ApplicationScoped
public class ComparisonService {

    public static final int MAX_TREND_YEARS = 20;
    static final String OK = IndicatorResult.Status.OK.name();
    static final String NO_RUN = "NO_RUN";

    @Inject
    CallerScope caller;

    @Inject
    OrgUnitDirectory directory;

    @Inject
    ObjectMapper json;

    public RankingView ranking(String indicatorCode, String parent, String yearText, String quarterText, String monthText) {
        IndicatorRef indicator = indicator(indicatorCode);
        OrgUnit unit = knownUnit("parent", parent);
        requireCovered(parent);
        int year = QueryParams.required("year", yearText, 2000, 2100, "年度");
        Integer quarter = QueryParams.integer("quarter", quarterText, 1, 4, "季度");
        Integer month = QueryParams.integer("month", monthText, 1, 12, "月份");
        RunPeriod period = RunPeriod.of(year, quarter, month, null, null);
        List<RankingItem> items = rank(indicator, children(parent), child -> latestRun(child, period.from(), period.to()));
        return new RankingView(indicator, parent, unit.name(), period.label(), period.from(), period.to(), period.year(),
                period.quarter(), period.month(), items);
    }

    public TrendView trend(String indicatorCode, String orgUnit, String fromYearText, String toYearText) {
        IndicatorRef indicator = indicator(indicatorCode);
        OrgUnit unit = knownUnit("orgUnit", orgUnit);
        requireCovered(orgUnit);
        int fromYear = QueryParams.required("fromYear", fromYearText, 2000, 2100, "起始年度");
        int toYear = QueryParams.required("toYear", toYearText, 2000, 2100, "截止年度");
        if (fromYear > toYear) {
            throw ApiException.invalid("fromYear", "起始年度不能晚于截止年度");
        }
        if (toYear - fromYear + 1 > MAX_TREND_YEARS) {
            throw ApiException.invalid("toYear", "趋势最多跨" + MAX_TREND_YEARS + "个年度");
        }
        return new TrendView(indicator, orgUnit, unit.name(), fromYear, toYear, points(indicator.code(), orgUnit, fromYear, toYear));
    }

    /** One point per year from the latest yearly run of each year. */
    public List<TrendPoint> points(String code, String orgUnit, int fromYear, int toYear) {
        List<TrendPoint> points = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            RunPeriod period = RunPeriod.ofYear(year);
            Optional<EvaluationRun> run = latestRun(orgUnit, period.from(), period.to());
            if (run.isEmpty()) {
                points.add(new TrendPoint(year, null, NO_RUN, "该年度尚无年度评价运行", null, null));
                continue;
            }
            IndicatorResult r = result(run.get(), code);
            points.add(r == null
                    ? new TrendPoint(year, null, IndicatorResult.Status.NO_DATA.name(), "该运行未计算此指标", run.get().id, run.get().status)
                    : new TrendPoint(year, r.value(), r.status().name(), r.reason(), run.get().id, run.get().status));
        }
        return points;
    }

    /**
     * Ranked units first, by value in the indicator's direction (ties share a rank, the next rank
     * skips: 1, 2, 2, 4; tied units by code), then the units without a value, by code.
     */
    public List<RankingItem> rank(IndicatorRef indicator, List<OrgUnit> units, Function<String, Optional<EvaluationRun>> runOf) {
        List<RankingItem> valued = new ArrayList<>();
        List<RankingItem> without = new ArrayList<>();
        for (OrgUnit unit : units) {
            Optional<EvaluationRun> run = runOf.apply(unit.code());
            if (run.isEmpty()) {
                without.add(new RankingItem(null, unit.code(), unit.name(), null, NO_RUN, "该期间尚无评价运行", null, null, null));
                continue;
            }
            EvaluationRun r = run.get();
            IndicatorResult result = result(r, indicator.code());
            if (result == null || result.status() != IndicatorResult.Status.OK || result.value() == null) {
                without.add(new RankingItem(null, unit.code(), unit.name(), null,
                        (result == null ? IndicatorResult.Status.NO_DATA : result.status()).name(),
                        result == null ? "该运行未计算此指标" : result.reason(), r.id, r.status, RunService.asStored(r.createdAt)));
            } else {
                valued.add(new RankingItem(null, unit.code(), unit.name(), result.value(), OK, null, r.id, r.status,
                        RunService.asStored(r.createdAt)));
            }
        }
        Comparator<RankingItem> byValue = Comparator.comparing(RankingItem::value);
        if (indicator.direction() != Direction.LOWER_IS_BETTER) {
            byValue = byValue.reversed();
        }
        valued.sort(byValue.thenComparing(RankingItem::orgUnit));
        without.sort(Comparator.comparing(RankingItem::orgUnit));
        List<RankingItem> out = new ArrayList<>();
        for (int i = 0; i < valued.size(); i++) {
            RankingItem item = valued.get(i);
            int rank = i > 0 && item.value().compareTo(valued.get(i - 1).value()) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new RankingItem(rank, item.orgUnit(), item.name(), item.value(), item.status(), item.reason(), item.runId(),
                    item.runStatus(), item.runCreatedAt()));
        }
        out.addAll(without);
        return out;
    }

    /** The direct children of an org unit in the reference data, by code. */
    public List<OrgUnit> children(String parent) {
        return directory.all().stream().filter(u -> parent.equals(u.parent()))
                .sorted(Comparator.comparing(OrgUnit::code)).toList();
    }

    /** The latest run of an org unit for exactly this period. */
    public static Optional<EvaluationRun> latestRun(String orgUnit, LocalDate from, LocalDate to) {
        return EvaluationRun.<EvaluationRun>find("orgUnit = ?1 and periodFrom = ?2 and periodTo = ?3",
                Sort.descending("createdAt").and("id"), orgUnit, from, to).firstResultOptional();
    }

    /** The child runs made with {@code parent} (includeChildren), by org unit. */
    public static Optional<EvaluationRun> childRun(UUID parent, String orgUnit) {
        return EvaluationRun.<EvaluationRun>find("parentRunId = ?1 and orgUnit = ?2", Sort.descending("createdAt"), parent, orgUnit)
                .firstResultOptional();
    }

    IndicatorResult result(EvaluationRun run, String code) {
        RunView.Snapshot snapshot = json.convertValue(run.snapshot, RunView.Snapshot.class);
        return snapshot.indicators().stream().filter(i -> code.equals(i.code())).findFirst().orElse(null);
    }

    /** The current definition of an indicator the caller may see; an unknown code is a 400 naming the parameter. */
    public IndicatorRef indicator(String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalid("indicator", "须提供指标代码（indicator）");
        }
        Indicator i = Indicator.<Indicator>find("code", code.strip()).firstResult();
        if (i == null || !DefinitionScope.visible(caller, i.orgUnit)) {
            throw ApiException.invalid("indicator", "未知的指标代码：" + code.strip());
        }
        return new IndicatorRef(i.code, i.nameZh, i.unit, i.direction);
    }

    private OrgUnit knownUnit(String field, String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalid(field, "须提供机构代码（" + field + "）");
        }
        return directory.find(code.strip()).orElseThrow(() -> ApiException.invalid(field, "未知的机构代码"));
    }

    /**
     * A comparison names the org unit it covers; outside the caller's scope it is refused with 403
     * (org units are public reference data, so unlike a record there is nothing to hide by a 404).
     */
    private void requireCovered(String orgUnit) {
        if (!caller.covers(orgUnit)) {
            throw ApiException.forbidden("机构 " + orgUnit + " 不在您的管辖范围内");
        }
    }
}
