package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.api.RunInput;
import cn.daxiang.justice.evaluation.api.RunSummary;
import cn.daxiang.justice.evaluation.api.RunView;
import cn.daxiang.justice.evaluation.calc.Availability;
import cn.daxiang.justice.evaluation.calc.Calculator;
import cn.daxiang.justice.evaluation.calc.Completeness;
import cn.daxiang.justice.evaluation.calc.RunWarning;
import cn.daxiang.justice.evaluation.calc.IndicatorDefinition;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.calc.LineStatus;
import cn.daxiang.justice.evaluation.calc.ManualFigures;
import cn.daxiang.justice.evaluation.calc.MetricAssembler;
import cn.daxiang.justice.evaluation.calc.RuleDefinition;
import cn.daxiang.justice.evaluation.calc.RuleResult;
import cn.daxiang.justice.evaluation.calc.ScorecardDefinition;
import cn.daxiang.justice.evaluation.calc.ScorecardResult;
import cn.daxiang.justice.evaluation.calc.Scorer;
import cn.daxiang.justice.evaluation.domain.Direction;
import cn.daxiang.justice.evaluation.domain.Scorecard;
import cn.daxiang.justice.evaluation.domain.Spending;
import cn.daxiang.justice.evaluation.spending.SpendingMetrics;
import cn.daxiang.justice.evaluation.domain.ScorecardScore;
import cn.daxiang.justice.evaluation.domain.ScorecardStatus;
import cn.daxiang.justice.evaluation.mapping.ScorecardMapper;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import cn.daxiang.justice.evaluation.client.FetchedStats;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.LineStats;
import cn.daxiang.justice.evaluation.client.StatsFetcher;
import cn.daxiang.justice.evaluation.domain.EvaluationRun;
import cn.daxiang.justice.evaluation.domain.Indicator;
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
import cn.daxiang.justice.kit.problem.ProblemHandler;
import cn.daxiang.justice.kit.security.CallerScope;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Evaluation runs: read every line's stats (the period's and the cumulative ones) in parallel,
 * outside any transaction, then, in one transaction, take the manual figures, targets and current
 * definitions, compute, and store the result as an immutable snapshot with its audit row.
 * With {@code includeChildren} the direct children of the org unit are fetched in the same round
 * and each gets a run of its own that names the parent run: the definitions are read once and the
 * manual figures and targets of the unit and all its children in one query each (in the parent's
 * transaction), the child runs are computed in memory and stored together in one more transaction,
 * their inserts sent in JDBC batches and their audit rows in multi-row inserts.
 */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);

    static final String WHAT = "绩效评价运行";
    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "from", "periodFrom", "to", "periodTo", "orgUnit", "orgUnit");
    /** A snapshot (or a part of one) as the jsonb column keeps it. */
    public static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
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
        List<String> children = input.children() ? children(input.orgUnit(), period) : List.of();
        // per line one call for the period and one for the cumulative figures, each for the unit and all its children,
        // outside any transaction
        Map<String, FetchedStats> fetched = stats.fetchWithChildren(input.orgUnit(), children, period.from(), period.to());
        List<String> units = new ArrayList<>(children.size() + 1);
        units.add(input.orgUnit());
        units.addAll(children);
        Parent parent = QuarkusTransaction.requiringNew().call(() -> {
            Inputs inputs = Inputs.read(units, period);
            List<Completeness.LineCompleteness> completeness = children.isEmpty() ? null
                    : Completeness.of(children, fetched, inputs.zeroReports(), period.from(), period.to(), this::orgUnitName);
            Computed computed = compute(inputs, input.orgUnit(), period, fetched.get(input.orgUnit()), completeness);
            return new Parent(store(input.id(), computed, null), computed.snapshot(), inputs);
        });
        List<Computed> childRuns = children.stream().map(child -> compute(parent.inputs(), child, period, fetched.get(child), null)).toList();
        return view(parent.run(), parent.snapshot(), storeChildren(childRuns, parent.run().id));
    }

    String orgUnitName(String code) {
        return directory.find(code).map(OrgUnit::name).orElse(code);
    }

    /** The direct children of an org unit on any day of the period (a township merged later still counts), by code. */
    List<String> children(String orgUnit, RunPeriod period) {
        return directory.children(orgUnit, period.from(), period.to()).stream().map(OrgUnit::code).toList();
    }

    record Parent(EvaluationRun run, RunView.Snapshot snapshot, Inputs inputs) {
    }

    /** A definition and the org unit it is defined for (it applies there and below). */
    record Scoped<D>(String orgUnit, D definition) {
    }

    /**
     * What the runs of one request read from this service's own tables, once: the active definitions
     * (by code) and, per org unit, its manual figures made into the run's (sub-periods within the period summed,
     * opening balances, issue 23) and its targets for the period's year.
     */
    record Inputs(List<Scoped<IndicatorDefinition>> indicators, List<Scoped<RuleDefinition>> rules,
                  Map<String, ManualFigures.Result> manual, Map<String, List<MetricAssembler.Entered>> targets,
                  List<Scoped<ScorecardDefinition>> scorecards, Map<String, List<ScorecardScore>> scores,
                  Map<String, List<Spending>> spending, Map<String, Set<String>> zeroReports) {

        static Inputs read(List<String> orgUnits, RunPeriod period) {
            Integer targetYear = period.targetYear();
            Map<String, ManualFigures.Result> manual = ManualFigureService.forRun(orgUnits, period.from(), period.to());
            Map<String, List<MetricAssembler.Entered>> targets = targetYear == null ? Map.of()
                    : Target.<Target>list("year = ?1 and orgUnit in ?2", Sort.ascending("orgUnit").and("metric"), targetYear, orgUnits).stream()
                    .collect(Collectors.groupingBy(t -> t.orgUnit, Collectors.mapping(
                            t -> new MetricAssembler.Entered(t.metric, t.value, t.updatedAt, t.id.toString(), t.updatedBy), Collectors.toList())));
            List<Scoped<IndicatorDefinition>> indicators = Indicator.<Indicator>list("active = true", Sort.ascending("code")).stream()
                    .map(i -> new Scoped<>(i.orgUnit, DefinitionMapper.toDefinition(i))).toList();
            List<Scoped<RuleDefinition>> rules = ValidationRule.<ValidationRule>list("active = true", Sort.ascending("code")).stream()
                    .map(r -> new Scoped<>(r.orgUnit, DefinitionMapper.toDefinition(r))).toList();
            List<Scoped<ScorecardDefinition>> scorecards = Scorecard.<Scorecard>list("status", Sort.ascending("code"), ScorecardStatus.ACTIVE)
                    .stream().map(c -> new Scoped<>(c.orgUnit, ScorecardMapper.toDefinition(c))).toList();
            Map<String, List<ScorecardScore>> scores = ScorecardScoreService.forPeriod(orgUnits, period.from(), period.to()).stream()
                    .collect(Collectors.groupingBy(s -> s.orgUnit));
            // spending is yearly: only a run of one calendar year takes it (README, "Spending")
            Map<String, List<Spending>> spending = !period.wholeYear() ? Map.of()
                    : SpendingService.forYear(orgUnits, period.from().getYear()).stream().collect(Collectors.groupingBy(s -> s.orgUnit));
            // read for every run, with children or not, so that both cost the same queries
            Map<String, Set<String>> zeroReports = ZeroReportService.forPeriod(orgUnits, period.from(), period.to()).stream()
                    .collect(Collectors.groupingBy(z -> z.orgUnit, Collectors.mapping(z -> Completeness.key(z.line, z.year, z.month),
                            Collectors.toSet())));
            return new Inputs(indicators, rules, manual, targets, scorecards, scores, spending, zeroReports);
        }
    }

    /** One run computed, not yet stored: its snapshot as the API shows it and as the column keeps it. */
    record Computed(String orgUnit, RunPeriod period, RunStatus status, RunView.Snapshot snapshot, Map<String, Object> stored) {
    }

    Computed compute(Inputs inputs, String orgUnit, RunPeriod period, FetchedStats fetched,
                     List<Completeness.LineCompleteness> completeness) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Integer targetYear = period.targetYear();
        MetricAssembler figures = MetricAssembler.assemble(fetched.period(), fetched.cumulative(),
                inputs.manual().get(orgUnit), inputs.targets().getOrDefault(orgUnit, List.of()), from, to, targetYear)
                .add(SpendingMetrics.of(inputs.spending().getOrDefault(orgUnit, List.of())));

        List<IndicatorResult> indicators = inputs.indicators().stream()
                .filter(i -> DefinitionScope.appliesTo(i.orgUnit(), orgUnit))
                .map(i -> Calculator.indicator(i.definition(), figures.lookup())).toList();
        List<RuleResult> rules = inputs.rules().stream()
                .filter(r -> DefinitionScope.appliesTo(r.orgUnit(), orgUnit))
                .map(r -> Calculator.rule(r.definition(), figures.lookup())).toList();
        List<LineStatus> lineStatus = fetched.period().values().stream().sorted(Comparator.comparing(LineStats::line))
                .map(l -> status(l, fetched.cumulative().get(l.line()))).toList();

        ScorecardResult scorecard = scorecard(inputs, orgUnit, indicators, rules, figures);
        List<RunWarning> warnings = new ArrayList<>(figures.warnings());
        if (completeness != null) {
            warnings.addAll(Completeness.warnings(completeness));
        }
        RunView.Snapshot snapshot = new RunView.Snapshot(figures.values(), indicators, rules, lineStatus, warnings, scorecard, completeness);
        return new Computed(orgUnit, period, fetched.anyUnavailable() ? RunStatus.PARTIAL : RunStatus.COMPLETE, snapshot,
                json.convertValue(snapshot, MAP));
    }

    /**
     * The run scored against the scorecard in force for its org unit (its own, else the nearest unit's above), with the
     * manual scores entered for it and the period; null when none is in force.
     */
    static ScorecardResult scorecard(Inputs inputs, String orgUnit, List<IndicatorResult> indicators, List<RuleResult> rules,
                                     MetricAssembler figures) {
        Scoped<ScorecardDefinition> card = inputs.scorecards().stream()
                .filter(c -> DefinitionScope.appliesTo(c.orgUnit(), orgUnit))
                .max(Comparator.comparingInt(c -> OrgUnitCode.prefix(c.orgUnit()).length())).orElse(null);
        if (card == null) {
            return null;
        }
        ScorecardDefinition d = card.definition();
        Map<String, Scorer.ManualScore> manual = new HashMap<>();
        inputs.scores().getOrDefault(orgUnit, List.of()).stream().filter(s -> s.scorecard.equals(d.code()))
                .forEach(s -> manual.put(s.item, new Scorer.ManualScore(s.score, s.reason)));
        Map<String, IndicatorResult> byCode = new HashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        Map<String, RuleResult> rulesByCode = new HashMap<>();
        rules.forEach(r -> rulesByCode.put(r.code(), r));
        Map<String, Direction> directions = new HashMap<>();
        inputs.indicators().forEach(i -> directions.put(i.definition().code(), i.definition().direction()));
        return Scorer.score(d, new Scorer.Context(byCode, directions, rulesByCode, manual, figures.lookup()));
    }

    /** A new run entity for a computed run, not yet persisted. */
    static EvaluationRun run(UUID id, Computed computed, UUID parentRunId) {
        EvaluationRun run = new EvaluationRun();
        run.id = id;
        run.orgUnit = computed.orgUnit();
        run.periodFrom = computed.period().from();
        run.periodTo = computed.period().to();
        run.year = computed.period().year();
        run.quarter = computed.period().quarter();
        run.month = computed.period().month();
        run.parentRunId = parentRunId;
        run.status = computed.status();
        run.snapshot = computed.stored();
        return run;
    }

    /** Stores one run with its audit row in the current transaction. */
    EvaluationRun store(UUID id, Computed computed, UUID parentRunId) {
        EvaluationRun run = run(id, computed, parentRunId);
        run.persist();
        audit.created(run);
        return run;
    }

    /**
     * Stores the child runs in one transaction: their inserts and their audit rows (pooled ids, kit
     * migration V4) in JDBC batches. One child that fails to store
     * must leave the others (and the parent) intact: if the batch fails, nothing of it is kept and each
     * child is stored again in a transaction of its own, as before batches; the first failure is then
     * thrown, after the others are stored. The ids are in the children's order.
     */
    List<UUID> storeChildren(List<Computed> children, UUID parentRunId) {
        if (children.isEmpty()) {
            return List.of();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<EvaluationRun> runs = children.stream().map(c -> run(null, c, parentRunId)).toList();
                runs.forEach(r -> r.persist());
                runs.forEach(audit::created);
                EvaluationRun.flush();
                return runs.stream().map(r -> r.id).toList();
            });
        } catch (RuntimeException e) {
            LOG.warnf("the %d child runs of run %s could not be stored together (SQLSTATE %s); storing each alone",
                    children.size(), parentRunId, ProblemHandler.sqlState(e));
        }
        List<UUID> ids = new ArrayList<>(children.size());
        RuntimeException failed = null;
        for (Computed child : children) {
            try {
                ids.add(QuarkusTransaction.requiringNew().call(() -> store(null, child, parentRunId)).id);
            } catch (RuntimeException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return ids;
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

    /** The scorecard of a run (404 when the run was scored against none: no scorecard was in force). */
    public ScorecardResult scorecard(UUID id) {
        RunView run = get(id);
        if (run.scorecard() == null) {
            throw ApiException.notFound("评分结果", id);
        }
        return run.scorecard();
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
                s.metrics(), s.indicators(), s.rules(), s.lines(), s.warnings(), s.scorecard(), s.completeness());
    }
}
