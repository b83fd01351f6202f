package cn.daxiang.justice.evaluation.review;

import cn.daxiang.justice.evaluation.api.RunView;
import cn.daxiang.justice.evaluation.calc.CatalogEntry;
import cn.daxiang.justice.evaluation.calc.MetricValue;
import cn.daxiang.justice.evaluation.client.FetchedStats;
import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.LineStats;
import cn.daxiang.justice.evaluation.client.StatsFetcher;
import cn.daxiang.justice.evaluation.domain.EvaluationRun;
import cn.daxiang.justice.evaluation.domain.ManualFigure;
import cn.daxiang.justice.evaluation.domain.ReviewState;
import cn.daxiang.justice.evaluation.domain.RunReview;
import cn.daxiang.justice.evaluation.domain.RunStatus;
import cn.daxiang.justice.evaluation.domain.ScorecardScore;
import cn.daxiang.justice.evaluation.domain.Spending;
import cn.daxiang.justice.evaluation.domain.Target;
import cn.daxiang.justice.evaluation.mapping.DefinitionMapper;
import cn.daxiang.justice.evaluation.service.ReportService;
import cn.daxiang.justice.evaluation.service.RunService;
import cn.daxiang.justice.kit.approval.Approval;
import cn.daxiang.justice.kit.approval.ApprovalState;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.approval.ResubmitInput;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.orgunit.OrgUnit;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The review and lock of runs (评价结果审定): an evaluator or district admin submits a run, the district admin approves,
 * returns or rejects it through the kit's approvals; an approved run is locked and is the only kind the province gets.
 * What changed after approval is found two ways: manual figures, targets and manual scores of the run's org unit and
 * period by their {@code updated_at}, on every read (one query each, cheap); the lines' figures by asking the lines again
 * for the run's period on {@code POST runs/{id}/review/check} and comparing with the frozen values (three calls, so not
 * on every read), the finding kept on the review.
 */
@ApplicationScoped
public class RunReviewService {

    static final String WHAT = "绩效评价运行";
    static final String SUBMIT = "SUBMIT";
    static final String CHECK = "CHECK";
    static final String CHANGED = "数据已在审定后变更";

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Approvals approvals;

    @Inject
    StatsFetcher stats;

    @Inject
    RunService runs;

    @Inject
    ReportService reports;

    @Inject
    ObjectMapper json;

    @Inject
    OrgUnitDirectory directory;

    /**
     * Sends a run for review: a first submission opens the request; a returned one is sent again (the kit's resubmit);
     * a rejected or withdrawn one opens a new request. 409 for a pending, an approved or a partial run.
     */
    @Transactional
    public ReviewView submit(UUID runId, SubmissionInput input) {
        EvaluationRun run = reports.visibleRun(runId);
        caller.requireWritable(run.orgUnit);
        if (run.status != RunStatus.COMPLETE) {
            throw ApiException.conflict("评价运行数据不完整（部分业务条线不可用），请重新运行后再提交审定");
        }
        if (!underADistrict(run.orgUnit)) {
            throw ApiException.conflict("评价运行由区（县）司法局审定；市级、省级的评价运行不能在本平台提交审定");
        }
        RunReview review = RunReview.findById(runId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            review = new RunReview();
            review.id = run.id;
            review.orgUnit = run.orgUnit;
            review.state = ReviewState.SUBMITTED;
            review.persist();
            audit.created(review);
            approvals.request(EvaluationApprovals.EVALUATION_RUN, review, input.reasons(), null);
            return view(run, review);
        }
        switch (review.state) {
            case APPROVED -> throw ApiException.conflict("评价运行已审定并锁定，不能再次提交；数据变更后请重新运行");
            case SUBMITTED -> {
                Approval open = approvals.open(review, EvaluationApprovals.EVALUATION_RUN)
                        .orElseThrow(() -> new IllegalStateException("run " + runId + " is SUBMITTED without an open request"));
                if (open.state != ApprovalState.RETURNED) {
                    throw ApiException.conflict("评价运行已提交审定，正在等待审批");
                }
                approvals.resubmit(open.id, null, new ResubmitInput(input.reasons(), null, open.version));
            }
            default -> {
                audit.change(SUBMIT, review, r -> r.state = ReviewState.SUBMITTED);
                approvals.request(EvaluationApprovals.EVALUATION_RUN, review, input.reasons(), null);
            }
        }
        return view(run, review);
    }

    /** The approval route (EvaluationApprovals) goes to the district at or above the run's unit; a city or province has none. */
    private boolean underADistrict(String orgUnit) {
        for (Optional<OrgUnit> unit = directory.find(orgUnit); unit.isPresent(); unit = unit.get().parent() == null
                ? Optional.empty() : directory.find(unit.get().parent())) {
            if (unit.get().level() == OrgUnitLevel.DISTRICT) {
                return true;
            }
        }
        return false;
    }

    /** The last approval: the run is locked. */
    void approved(RunReview review) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        audit.change(AuditLog.UPDATE, review, r -> {
            r.state = ReviewState.APPROVED;
            r.approvedAt = now;
            r.approvedBy = caller.subject();
        });
    }

    void rejected(RunReview review) {
        audit.change(AuditLog.UPDATE, review, r -> r.state = ReviewState.REJECTED);
    }

    void withdrawn(RunReview review) {
        audit.change(AuditLog.UPDATE, review, r -> r.state = ReviewState.WITHDRAWN);
    }

    /** Where the review of a visible run stands, with what changed after approval. */
    @Transactional
    public ReviewView get(UUID runId) {
        EvaluationRun run = reports.visibleRun(runId);
        return view(run, RunReview.findById(runId));
    }

    /**
     * Asks the lines again for the run's period (outside any transaction) and compares each figure they give with the
     * one frozen in the run; what differs is kept on the review with the time of the check. Only an approved run (409).
     */
    public ReviewView check(UUID runId) {
        EvaluationRun run = QuarkusTransaction.requiringNew().call(() -> {
            EvaluationRun r = reports.visibleRun(runId);
            caller.requireWritable(r.orgUnit);
            RunReview review = RunReview.findById(runId);
            if (review == null || review.state != ReviewState.APPROVED) {
                throw ApiException.conflict("只有已审定的评价运行需要核对审定后的数据变更");
            }
            return r;
        });
        FetchedStats fetched = stats.fetchWithChildren(run.orgUnit, List.of(), run.periodFrom, run.periodTo).get(run.orgUnit);
        List<ReviewView.LateChange> changes = lineChanges(runs.snapshot(run), fetched);
        return QuarkusTransaction.requiringNew().call(() -> {
            RunReview review = RunReview.findById(runId, LockModeType.PESSIMISTIC_WRITE);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            audit.change(CHECK, review, r -> {
                r.lateChanges = changes.stream().map(c -> json.convertValue(c, RunService.MAP)).collect(Collectors.toCollection(ArrayList::new));
                r.checkedAt = now;
            });
            return view(run, review);
        });
    }

    /** 409 unless the run is approved and nothing changed after approval: what the province may be sent. */
    @Transactional
    public void requireExportable(UUID runId) {
        EvaluationRun run = reports.visibleRun(runId);
        ReviewView review = view(run, RunReview.findById(run.id));
        if (!review.locked()) {
            throw ApiException.conflict("评价运行尚未审定，不能报送省级平台；请先提交审定");
        }
        if (review.changedAfterApproval()) {
            throw ApiException.conflict(review.message() + "，不能报送；请重新运行并审定后报送");
        }
    }

    ReviewView view(EvaluationRun run, RunReview review) {
        if (review == null) {
            return new ReviewView(run.id, run.orgUnit, "NOT_SUBMITTED", null, null, null, null, null, false, false, null, List.of(), null);
        }
        Optional<Approval> latest = approvals.latest(review, EvaluationApprovals.EVALUATION_RUN);
        String state = review.state == ReviewState.SUBMITTED && latest.map(a -> a.state == ApprovalState.RETURNED).orElse(false)
                ? "RETURNED" : review.state.name();
        String returnedReason = "RETURNED".equals(state) ? approvals.view(latest.get()).decisions().stream()
                .reduce((a, b) -> b).map(d -> d.opinion()).orElse(null) : null;
        boolean locked = review.state == ReviewState.APPROVED;
        List<ReviewView.LateChange> changes = new ArrayList<>();
        if (locked) {
            if (review.lateChanges != null) {
                review.lateChanges.forEach(c -> changes.add(json.convertValue(c, ReviewView.LateChange.class)));
            }
            changes.addAll(localChanges(run, review.approvedAt));
        }
        String message = changes.isEmpty() ? null : CHANGED + "：" + changes.stream().map(ReviewView.LateChange::message)
                .collect(Collectors.joining("；"));
        return new ReviewView(run.id, run.orgUnit, state, latest.map(a -> a.id).orElse(null), latest.map(a -> a.version).orElse(null),
                returnedReason, review.approvedAt, review.approvedBy, locked, !changes.isEmpty(), message, changes, review.checkedAt);
    }

    private static String text(BigDecimal d) {
        return d == null ? null : DefinitionMapper.plain(d).toPlainString();
    }

    /** The manual figures, targets and manual scores of the run's org unit and period written after approval. */
    static List<ReviewView.LateChange> localChanges(EvaluationRun run, Instant approvedAt) {
        List<ReviewView.LateChange> out = new ArrayList<>();
        ManualFigure.<ManualFigure>list("orgUnit = ?1 and periodFrom >= ?2 and periodTo <= ?3 and updatedAt > ?4",
                Sort.ascending("metric"), run.orgUnit, run.periodFrom, run.periodTo, approvedAt).forEach(f -> out.add(
                new ReviewView.LateChange("MANUAL_FIGURE", null, f.metric, null, text(f.value), f.updatedAt,
                        "人工填报数据 " + f.metric + " 于审定后填报或修改（现为" + text(f.value) + "）")));
        // an opening balance lies before the period but adds into its cumulative figures (README, "Manual-figure catalog")
        ManualFigure.<ManualFigure>list("orgUnit = ?1 and metric like ?2 and periodTo <= ?3 and updatedAt > ?4",
                Sort.ascending("metric"), run.orgUnit, CatalogEntry.OPENING_PREFIX + "%", run.periodTo, approvedAt).stream()
                .filter(f -> f.periodFrom.isBefore(run.periodFrom)).forEach(f -> out.add(
                new ReviewView.LateChange("MANUAL_FIGURE", null, f.metric, null, text(f.value), f.updatedAt,
                        "期初数 " + f.metric + " 于审定后填报或修改（现为" + text(f.value) + "）")));
        // spending is taken by a run of one calendar year only (README, "Spending")
        if (run.periodFrom.getDayOfYear() == 1 && run.periodTo.equals(run.periodFrom.withDayOfYear(run.periodFrom.lengthOfYear()))) {
            Spending.<Spending>list("orgUnit = ?1 and year = ?2 and updatedAt > ?3", Sort.ascending("fund").and("projectCode"),
                    run.orgUnit, run.periodFrom.getYear(), approvedAt).forEach(s -> out.add(
                    new ReviewView.LateChange("SPENDING", null, s.projectCode == null ? "spending.basic" : "spending.project." + s.projectCode,
                            null, text(s.spent), s.updatedAt, "预算支出数据（" + (s.projectName == null ? "基本支出" : s.projectName)
                            + "）于审定后登记或修改（实际支出现为" + text(s.spent) + "元）")));
        }
        if (run.periodFrom.getYear() == run.periodTo.getYear()) {
            Target.<Target>list("orgUnit = ?1 and year = ?2 and updatedAt > ?3", Sort.ascending("metric"), run.orgUnit,
                    run.periodTo.getYear(), approvedAt).forEach(t -> out.add(
                    new ReviewView.LateChange("TARGET", null, "target:" + t.metric, null, text(t.value), t.updatedAt,
                            "任务指标 " + t.metric + " 于审定后登记或修改（现为" + text(t.value) + "）")));
        }
        ScorecardScore.<ScorecardScore>list("orgUnit = ?1 and periodFrom = ?2 and periodTo = ?3 and updatedAt > ?4",
                Sort.ascending("item"), run.orgUnit, run.periodFrom, run.periodTo, approvedAt).forEach(s -> out.add(
                new ReviewView.LateChange("MANUAL_SCORE", null, s.item, null, text(s.score), s.updatedAt,
                        "人工评分 " + s.item + " 于审定后录入或修改（现为" + text(s.score) + "分）")));
        return out;
    }

    /**
     * The figures a line gives now that differ from those frozen in the run: each frozen figure the line gave (its
     * period's and its cumulative ones), and any figure it gives now that the run did not have. A line that cannot be
     * reached now is left out (nothing known), so is a figure the run took from a manual entry.
     */
    static List<ReviewView.LateChange> lineChanges(RunView.Snapshot snapshot, FetchedStats now) {
        Map<String, MetricValue> frozen = new HashMap<>();
        snapshot.metrics().forEach(m -> frozen.put(m.name(), m));
        List<ReviewView.LateChange> out = new ArrayList<>();
        for (Line line : Line.values()) {
            compare(line, "", frozen, now.period().get(line), out);
            compare(line, "cumulative:", frozen, now.cumulative().get(line), out);
        }
        return out;
    }

    private static void compare(Line line, String prefix, Map<String, MetricValue> frozen, LineStats now, List<ReviewView.LateChange> out) {
        if (now == null || !now.available()) {
            return;
        }
        Map<String, BigDecimal> current = now.answer().metrics();
        List<String> names = new ArrayList<>();
        frozen.values().stream().filter(m -> line.source().equals(m.source()) && m.name().startsWith(prefix)
                && (!prefix.isEmpty() || !m.name().startsWith("cumulative:"))).map(MetricValue::name).forEach(names::add);
        current.keySet().stream().map(k -> prefix + k).filter(k -> !frozen.containsKey(k)).forEach(names::add);
        names.stream().sorted().forEach(name -> {
            MetricValue was = frozen.get(name);
            BigDecimal value = current.get(name.substring(prefix.length()));
            BigDecimal old = was == null ? null : was.value();
            boolean same = old == null ? value == null || value.signum() == 0 : value != null && old.compareTo(value) == 0;
            if (!same) {
                String o = old == null ? "无" : text(old);
                String v = value == null ? "无" : text(value);
                out.add(new ReviewView.LateChange("LINE_FIGURE", line.name(), name, old == null ? null : text(old),
                        value == null ? null : text(value), null, line.label() + " " + name + "：审定时" + o + "，现为" + v));
            }
        });
    }
}
