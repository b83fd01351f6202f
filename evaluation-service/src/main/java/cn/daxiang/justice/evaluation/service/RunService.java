package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.RunInput;
import cn.daxiang.justice.evaluation.api.RunSummary;
import cn.daxiang.justice.evaluation.api.RunView;
import cn.daxiang.justice.evaluation.calc.Availability;
import cn.daxiang.justice.evaluation.calc.Calculator;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.calc.LineStatus;
import cn.daxiang.justice.evaluation.calc.MetricAssembler;
import cn.daxiang.justice.evaluation.calc.RuleResult;
import cn.daxiang.justice.evaluation.client.FetchedStats;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.LineStats;
import cn.daxiang.justice.evaluation.client.StatsFetcher;
import cn.daxiang.justice.evaluation.domain.EvaluationRun;
import cn.daxiang.justice.evaluation.domain.Indicator;
import cn.daxiang.justice.evaluation.domain.ManualFigure;
import cn.daxiang.justice.evaluation.domain.RunStatus;
import cn.daxiang.justice.evaluation.domain.Target;
import cn.daxiang.justice.evaluation.domain.ValidationRule;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.orgunit.OrgUnit;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluation runs: read every line's stats (the period's and the cumulative ones) in parallel,
 * outside any transaction, then, in one transaction per run, take the manual figures, targets and
 * current definitions, compute, and store the result as an immutable snapshot with its audit row.
 * With {@code includeChildren} the direct children of the org unit are fetched in the same round
 * and each gets a run of its own that names the parent run.
 */
@ApplicationScoped
public class RunService {

    static final String WHAT = "绩效评价运行";
    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "from", "periodFrom", "to", "periodTo", "orgUnit", "orgUnit");
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    StatsFetcher stats;

    @Inject
    ObjectMapper json;

    @Inject
    OrgUnitDirectory directory;

    public RunView create(RunInput input) {
        caller.requireWritable(input.orgUnit());
        RunPeriod period = RunPeriod.of(input);
        QuarkusTransaction.requiringNew().run(() -> Records.requireNew(EvaluationRun.class, input.id()));
        List<String> children = input.children() ? children(input.orgUnit()) : List.of();
        // per line one call for the period and one for the cumulative figures, each for the unit and all its children,
        // outside any transaction
        Map<String, FetchedStats> fetched = stats.fetchWithChildren(input.orgUnit(), children, period.from(), period.to());
        Frozen parent = QuarkusTransaction.requiringNew().call(() -> compute(input.id(), input.orgUnit(), period, fetched.get(input.orgUnit()), null));
        List<UUID> childIds = new ArrayList<>();
        for (String child : children) {
            // each child run is frozen on its own: one that fails to store leaves the others (and the parent) intact
            childIds.add(QuarkusTransaction.requiringNew().call(() -> compute(null, child, period, fetched.get(child), parent.run().id)).run().id);
        }
        return view(parent.run(), parent.snapshot(), childIds);
    }

    /** The direct children of an org unit in the reference data, by code. */
    List<String> children(String orgUnit) {
        return directory.children(orgUnit).stream().map(OrgUnit::code).toList();
    }

    record Frozen(EvaluationRun run, RunView.Snapshot snapshot) {
    }

    Frozen compute(UUID id, String orgUnit, RunPeriod period, FetchedStats fetched, UUID parentRunId) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Integer targetYear = period.targetYear();
        List<MetricAssembler.Entered> manual = ManualFigureService.forPeriod(orgUnit, from, to).stream()
                .map(RunService::entered).toList();
        List<MetricAssembler.Entered> targets = targetYear == null ? List.of()
                : Target.<Target>list("year = ?1 and orgUnit = ?2", targetYear, orgUnit).stream()
                .map(t -> new MetricAssembler.Entered(t.metric, t.value, t.updatedAt, t.id.toString(), t.updatedBy)).toList();
        MetricAssembler figures = MetricAssembler.assemble(fetched.period(), fetched.cumulative(), manual, targets, from, to, targetYear);

        List<IndicatorResult> indicators = Indicator.<Indicator>list("active = true", Sort.ascending("code")).stream()
                .filter(i -> DefinitionScope.appliesTo(i.orgUnit, orgUnit))
                .map(i -> Calculator.indicator(DefinitionMapper.toDefinition(i), figures.lookup())).toList();
        List<RuleResult> rules = ValidationRule.<ValidationRule>list("active = true", Sort.ascending("code")).stream()
                .filter(r -> DefinitionScope.appliesTo(r.orgUnit, orgUnit))
                .map(r -> Calculator.rule(DefinitionMapper.toDefinition(r), figures.lookup())).toList();
        List<LineStatus> lineStatus = fetched.period().values().stream().sorted(Comparator.comparing(LineStats::line))
                .map(l -> status(l, fetched.cumulative().get(l.line()))).toList();

        RunView.Snapshot snapshot = new RunView.Snapshot(figures.values(), indicators, rules, lineStatus, figures.warnings());
        EvaluationRun run = new EvaluationRun();
        run.id = id;
        run.orgUnit = orgUnit;
        run.periodFrom = from;
        run.periodTo = to;
        run.year = period.year();
        run.quarter = period.quarter();
        run.month = period.month();
        run.parentRunId = parentRunId;
        run.status = fetched.anyUnavailable() ? RunStatus.PARTIAL : RunStatus.COMPLETE;
        run.snapshot = json.convertValue(snapshot, MAP);
        run.persist();
        audit.created(run);
        return new Frozen(run, snapshot);
    }

    public RunView get(UUID id) {
        EvaluationRun run = EvaluationRun.<EvaluationRun>findByIdOptional(id, LockModeType.NONE)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(run.orgUnit, WHAT, id);
        return view(run, snapshot(run), childRunIds(run.id));
    }

    /** The frozen snapshot of a run as the API shows it. */
    public RunView.Snapshot snapshot(EvaluationRun run) {
        return json.convertValue(run.snapshot, RunView.Snapshot.class);
    }

    static List<UUID> childRunIds(UUID parent) {
        return EvaluationRun.getEntityManager()
                .createQuery("select r.id from EvaluationRun r where r.parentRunId = :parent order by r.orgUnit, r.id", UUID.class)
                .setParameter("parent", parent).getResultList();
    }

    public PageResult<RunSummary> list(String orgUnit, Integer year, String status, PageRequest page) {
        RunStatus wanted = status == null || status.isBlank() ? null : Arrays.stream(RunStatus.values())
                .filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ApiException.invalid("status", "状态只能是 COMPLETE 或 PARTIAL"));
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("periodFrom >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .and("periodTo <= :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year, 12, 31))
                .and("status = :status", "status", wanted);
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt").and("id"));
        return PageResult.of(EvaluationRun.<EvaluationRun>find(query.where(), sort, query.parameters()), page,
                r -> new RunSummary(r.id, r.orgUnit, r.version, r.periodFrom, r.periodTo, r.year, r.quarter, r.month,
                        r.parentRunId, r.status, r.createdAt, r.createdBy));
    }

    private static MetricAssembler.Entered entered(ManualFigure f) {
        return new MetricAssembler.Entered(f.metric, f.value, f.updatedAt, f.id.toString(), f.updatedBy);
    }

    private static LineStatus status(LineStats s, LineStats cumulative) {
        Line line = s.line();
        Availability cumulativeStatus = cumulative != null && cumulative.available() ? Availability.AVAILABLE : Availability.UNAVAILABLE;
        String cumulativeReason = cumulative == null ? "未获取累计数" : cumulative.reason();
        Instant cumulativeAsOf = cumulative == null || !cumulative.available() ? null
                : cumulative.answer().asOf() == null ? cumulative.fetchedAt() : cumulative.answer().asOf();
        if (!s.available()) {
            return new LineStatus(line.name(), line.service(), line.label(), Availability.UNAVAILABLE, s.reason(), null, null, 0,
                    cumulativeStatus, cumulativeReason, null);
        }
        return new LineStatus(line.name(), line.service(), line.label(), Availability.AVAILABLE, null,
                s.answer().asOf() == null ? s.fetchedAt() : s.answer().asOf(), s.answer().recordsCompleteFrom(),
                s.answer().metrics().size(), cumulativeStatus, cumulativeReason, cumulativeAsOf);
    }

    /**
     * The column keeps microseconds and the driver rounds: the answer to POST shows what every
     * later read shows (the kit's AuditedRecord stamps nanoseconds).
     */
    static Instant asStored(Instant t) {
        return t == null ? null : t.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    private static RunView view(EvaluationRun run, RunView.Snapshot s, List<UUID> childRunIds) {
        return new RunView(run.id, run.orgUnit, run.version, run.periodFrom, run.periodTo, run.year, run.quarter, run.month,
                run.parentRunId, childRunIds, run.status, asStored(run.createdAt), run.createdBy,
                s.metrics(), s.indicators(), s.rules(), s.lines(), s.warnings());
    }
}
