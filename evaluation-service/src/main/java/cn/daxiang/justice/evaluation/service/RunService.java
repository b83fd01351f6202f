package cn.daxiang.justice.evaluation.service;

import cn.daxiang.justice.evaluation.calc.Calculator;
import cn.daxiang.justice.evaluation.calc.IndicatorResult;
import cn.daxiang.justice.evaluation.calc.LineStatus;
import cn.daxiang.justice.evaluation.calc.MetricAssembler;
import cn.daxiang.justice.evaluation.calc.RuleResult;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.LineStats;
import cn.daxiang.justice.evaluation.client.StatsFetcher;
import cn.daxiang.justice.evaluation.domain.EvaluationRun;
import cn.daxiang.justice.evaluation.domain.Indicator;
import cn.daxiang.justice.evaluation.domain.ManualFigure;
import cn.daxiang.justice.evaluation.domain.Target;
import cn.daxiang.justice.evaluation.domain.ValidationRule;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
import cn.daxiang.justice.evaluation.rest.RunInput;
import cn.daxiang.justice.evaluation.rest.RunSummary;
import cn.daxiang.justice.evaluation.rest.RunView;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluation runs: read every line's stats in parallel (outside any transaction), then, in one
 * transaction, take the manual figures, targets and current definitions, compute, and store the
 * result as an immutable snapshot with its audit row.
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

    public RunView create(RunInput input) {
        caller.requireWritable(input.orgUnit());
        LocalDate[] period = period(input);
        LocalDate from = period[0];
        LocalDate to = period[1];
        if (input.id() != null && QuarkusTransaction.requiringNew().call(() -> EvaluationRun.findById(input.id()) != null)) {
            throw ApiException.conflict("编号为 " + input.id() + " 的记录已存在");
        }
        Map<Line, LineStats> lines = stats.fetchAll(input.orgUnit(), from, to);
        return QuarkusTransaction.requiringNew().call(() -> compute(input, from, to, lines));
    }

    RunView compute(RunInput input, LocalDate from, LocalDate to, Map<Line, LineStats> lines) {
        String orgUnit = input.orgUnit();
        Integer targetYear = from.getYear() == to.getYear() ? Integer.valueOf(to.getYear()) : null;
        List<MetricAssembler.Entered> manual = ManualFigureService.forPeriod(orgUnit, from, to).stream()
                .map(RunService::entered).toList();
        List<MetricAssembler.Entered> targets = targetYear == null ? List.of()
                : Target.<Target>list("year = ?1 and orgUnit = ?2", targetYear, orgUnit).stream()
                .map(t -> new MetricAssembler.Entered(t.metric, t.value, t.updatedAt, t.id.toString(), t.updatedBy)).toList();
        MetricAssembler figures = MetricAssembler.assemble(lines, manual, targets, from, targetYear);

        List<IndicatorResult> indicators = Indicator.<Indicator>list("active = true", Sort.ascending("code")).stream()
                .filter(i -> DefinitionScope.appliesTo(i.orgUnit, orgUnit))
                .map(i -> Calculator.indicator(DefinitionMapper.toDefinition(i), figures.lookup())).toList();
        List<RuleResult> rules = ValidationRule.<ValidationRule>list("active = true", Sort.ascending("code")).stream()
                .filter(r -> DefinitionScope.appliesTo(r.orgUnit, orgUnit))
                .map(r -> Calculator.rule(DefinitionMapper.toDefinition(r), figures.lookup())).toList();
        List<LineStatus> lineStatus = lines.values().stream().sorted(Comparator.comparing(LineStats::line)).map(RunService::status).toList();
        boolean partial = lines.values().stream().anyMatch(l -> !l.available());

        RunView.Snapshot snapshot = new RunView.Snapshot(figures.values(), indicators, rules, lineStatus, figures.warnings());
        EvaluationRun run = new EvaluationRun();
        run.id = input.id();
        run.orgUnit = orgUnit;
        run.periodFrom = from;
        run.periodTo = to;
        run.year = input.year();
        run.status = partial ? EvaluationRun.PARTIAL : EvaluationRun.COMPLETE;
        run.snapshot = json.convertValue(snapshot, MAP);
        run.persist();
        audit.created(run);
        return view(run, snapshot);
    }

    public RunView get(UUID id) {
        EvaluationRun run = EvaluationRun.<EvaluationRun>findByIdOptional(id, LockModeType.NONE)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(run.orgUnit, WHAT, id);
        return view(run, json.convertValue(run.snapshot, RunView.Snapshot.class));
    }

    public PageResult<RunSummary> list(String orgUnit, Integer year, String status, PageRequest page) {
        if (status != null && !status.isBlank() && !EvaluationRun.COMPLETE.equals(status) && !EvaluationRun.PARTIAL.equals(status)) {
            throw ApiException.invalid("status", "状态只能是 COMPLETE 或 PARTIAL");
        }
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("periodFrom >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .and("periodTo <= :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year, 12, 31))
                .and("status = :status", "status", status == null || status.isBlank() ? null : status);
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt").and("id"));
        return PageResult.of(EvaluationRun.<EvaluationRun>find(query.where(), sort, query.parameters()), page,
                r -> new RunSummary(r.id, r.orgUnit, r.version, r.periodFrom, r.periodTo, r.year, r.status, r.createdAt, r.createdBy));
    }

    /** {orgUnit, year} or {orgUnit, from, to}: exactly one of the two. */
    static LocalDate[] period(RunInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.year() != null) {
            if (input.from() != null || input.to() != null) {
                errors.add(new FieldError("year", "year 与 from/to 只能二选一"));
            } else {
                return new LocalDate[]{LocalDate.of(input.year(), 1, 1), LocalDate.of(input.year(), 12, 31)};
            }
        } else {
            if (input.from() == null) {
                errors.add(new FieldError("from", "须提供 year，或同时提供 from 与 to"));
            }
            if (input.to() == null) {
                errors.add(new FieldError("to", "须提供 year，或同时提供 from 与 to"));
            }
            if (errors.isEmpty() && input.from().isAfter(input.to())) {
                errors.add(new FieldError("from", "期间起始日期不能晚于截止日期"));
            }
            if (errors.isEmpty() && (input.from().getYear() < 2000 || input.to().getYear() > 2100)) {
                errors.add(new FieldError("from", "期间应在2000至2100年之间"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new LocalDate[]{input.from(), input.to()};
    }

    private static MetricAssembler.Entered entered(ManualFigure f) {
        return new MetricAssembler.Entered(f.metric, f.value, f.updatedAt, f.id.toString(), f.updatedBy);
    }

    private static LineStatus status(LineStats s) {
        Line line = s.line();
        if (!s.available()) {
            return new LineStatus(line.name(), line.service(), line.label(), "UNAVAILABLE", s.reason(), null, null, 0);
        }
        return new LineStatus(line.name(), line.service(), line.label(), "AVAILABLE", null,
                s.answer().asOf() == null ? s.fetchedAt() : s.answer().asOf(), s.answer().recordsCompleteFrom(),
                s.answer().metrics().size());
    }

    /**
     * The column keeps microseconds and the driver rounds: the answer to POST shows what every
     * later read shows (the kit's AuditedRecord stamps nanoseconds).
     */
    static Instant asStored(Instant t) {
        return t == null ? null : t.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    private static RunView view(EvaluationRun run, RunView.Snapshot s) {
        return new RunView(run.id, run.orgUnit, run.version, run.periodFrom, run.periodTo, run.year, run.status,
                asStored(run.createdAt), run.createdBy,
                s.metrics(), s.indicators(), s.rules(), s.lines(), s.warnings());
    }
}
