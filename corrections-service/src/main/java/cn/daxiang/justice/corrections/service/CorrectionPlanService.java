package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.CorrectionPlanInput;
import cn.daxiang.justice.corrections.api.CorrectionPlanView;
import cn.daxiang.justice.corrections.domain.CorrectionPlan;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.sync.CorrectionPlanSyncInput;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Correction plans (矫正方案, 社区矫正法 第二十四条): each drawn up or adjusted plan is a new version under the subject
 * ({@code POST subjects/{id}/plans}), numbered 1, 2, … per subject without gaps (the subject's row lock serialises the
 * writers; a unique key is the backstop) and superseding the one before (an audited {@code SUPERSEDE}). Only the current
 * plan may be corrected ({@code PUT plans/{id}}; an older one is a 409), and an ended correction takes no more changes.
 */
@ApplicationScoped
public class CorrectionPlanService extends RecordService<CorrectionPlan, CorrectionPlanSyncInput, CorrectionPlanView> {

    public static final String WHAT = "矫正方案";
    public static final String SUPERSEDE = "SUPERSEDE";
    public static final String REINSTATE = "REINSTATE";
    static final Map<String, String> SORTABLE = Map.of("drawnUpOn", "drawnUpOn", "createdAt", "createdAt", "orgUnit", "orgUnit");

    @Inject
    SubjectService subjects;

    CorrectionPlanService() {
        super(CorrectionPlan.class, WHAT, CorrectionPlan::new);
    }

    @Override
    public void apply(CorrectionPlanSyncInput input, CorrectionPlan plan) {
        apply(input.toApiInput(), plan);
    }

    public static void apply(CorrectionPlanInput input, CorrectionPlan p) {
        p.drawnUpOn = input.drawnUpOn();
        p.riskLevel = input.riskLevel();
        p.riskAssessment = input.riskAssessment().strip();
        p.supervisionMeasures = input.supervisionMeasures().strip();
        p.educationMeasures = input.educationMeasures().strip();
        p.psychologicalMeasures = CorrectionsMapper.strip(input.psychologicalMeasures());
        p.assistanceMeasures = CorrectionsMapper.strip(input.assistanceMeasures());
        p.adjustmentReason = CorrectionsMapper.strip(input.adjustmentReason());
        p.adoptedBy = input.adoptedBy().strip();
    }

    @Override
    public CorrectionPlanView view(CorrectionPlan p) {
        return view(p, personalData.single());
    }

    public CorrectionPlanView view(CorrectionPlan p, Disclosure d) {
        return new CorrectionPlanView(p.id, p.subjectId, p.orgUnit, p.version, p.planVersion, p.current, p.drawnUpOn, p.riskLevel,
                d.criminalRecord(p.riskAssessment), p.supervisionMeasures, p.educationMeasures, p.psychologicalMeasures,
                p.assistanceMeasures, p.adjustmentReason, p.adoptedBy, p.createdAt, p.updatedAt);
    }

    @Transactional
    public CorrectionPlanView add(UUID subjectId, CorrectionPlanInput input) {
        return view(create(subjectId, input));
    }

    /** The one create path, used by the API's POST and by sync: the next version, superseding the current one. */
    @Transactional
    public CorrectionPlan create(UUID subjectId, CorrectionPlanInput input) {
        Subject subject = subjects.writableSubject(subjectId);
        SubjectService.requireInCorrection(subject, WHAT);
        Optional<CorrectionPlan> current = current(subject.id);
        int number = current.map(p -> p.planVersion + 1).orElse(1);
        check(subject, input, number, current.map(p -> p.drawnUpOn).orElse(null));
        current.ifPresent(p -> {
            audit.change(SUPERSEDE, p, old -> old.current = false);
            // the partial unique index on the current plan is checked per statement: the old row goes first
            CorrectionPlan.getEntityManager().flush();
        });
        return subjects.addPart(subject, input.id(), new CorrectionPlan(), p -> {
            apply(input, p);
            p.planVersion = number;
            p.current = true;
        });
    }

    /** The API's PUT: the subject locked before the plan, then the version the change is based on. */
    @Transactional
    public CorrectionPlanView update(UUID id, String ifMatch, CorrectionPlanInput input) {
        Subject subject = subjects.load(load(id, LockModeType.NONE).subjectId, LockModeType.PESSIMISTIC_WRITE);
        CorrectionPlan plan = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(plan, Versioning.expected(ifMatch, input.version()));
        applyUpdate(subject, plan, input);
        return view(plan);
    }

    /** The one update path, used by the API (after its locks and version check) and by sync (after locking the subject). */
    @Transactional
    public void applyUpdate(Subject subject, CorrectionPlan plan, CorrectionPlanInput input) {
        caller.requireWritable(plan.orgUnit);
        SubjectService.requireInCorrection(subject, WHAT);
        requireCurrent(plan);
        LocalDate previous = plan.planVersion == 1 ? null : CorrectionPlan.<CorrectionPlan>find("subjectId = ?1 and planVersion = ?2",
                plan.subjectId, plan.planVersion - 1).firstResultOptional().map(p -> p.drawnUpOn).orElse(null);
        check(subject, input, plan.planVersion, previous);
        audit.update(plan, p -> apply(input, p));
    }

    /**
     * Before sync deletes a plan (the only path that deletes): only the current one of a correction still running, so that
     * the numbers stay without gaps; the version before becomes the current plan again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeDelete(CorrectionPlan plan) {
        SubjectService.requireInCorrection(subjects.load(plan.subjectId, LockModeType.PESSIMISTIC_WRITE), WHAT);
        requireCurrent(plan);
        CorrectionPlan.<CorrectionPlan>find("subjectId = ?1 and planVersion = ?2", plan.subjectId, plan.planVersion - 1)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().ifPresent(previous -> {
                    // the row about to go leaves the one-current index first (its version and audit trail are left
                    // alone: its deletion is what the trail records), then the version before is current again
                    CorrectionPlan.update("current = false where id = ?1", plan.id);
                    audit.change(REINSTATE, previous, p -> p.current = true);
                });
    }

    private static void requireCurrent(CorrectionPlan plan) {
        if (!plan.current) {
            throw ApiException.conflict("该矫正方案（第" + plan.planVersion + "版）已被新版本取代，不能再变更；请调整当前方案");
        }
    }

    private static void check(Subject subject, CorrectionPlanInput input, int number, LocalDate previous) {
        SubjectService.requireWithinTerm(subject, input.drawnUpOn(), "drawnUpOn");
        List<FieldError> errors = new ArrayList<>();
        if (previous != null && input.drawnUpOn().isBefore(previous)) {
            errors.add(new FieldError("drawnUpOn", "制定日期不能早于上一版方案的制定日期 " + previous));
        }
        boolean reason = CorrectionsMapper.strip(input.adjustmentReason()) != null;
        if (number == 1 && reason) {
            errors.add(new FieldError("adjustmentReason", "首版矫正方案不填调整理由"));
        } else if (number > 1 && !reason) {
            errors.add(new FieldError("adjustmentReason", "调整矫正方案（第" + number + "版）须说明调整理由"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static Optional<CorrectionPlan> current(UUID subjectId) {
        return CorrectionPlan.<CorrectionPlan>find("subjectId = ?1 and current = true", subjectId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The subject's current plan (404 when none has been drawn up). */
    public CorrectionPlanView currentOf(UUID subjectId) {
        ListQuery query = subjects.partsOf(subjectId).and("current = :current", "current", true);
        return CorrectionPlan.<CorrectionPlan>find(query.where(), query.parameters()).firstResultOptional().map(this::view)
                .orElseThrow(() -> ApiException.notFound(WHAT, subjectId));
    }

    /** The subject's plans, first version first. */
    public PageResult<CorrectionPlanView> ofSubject(UUID subjectId, PageRequest page) {
        Sort sort = page.toSort(Map.of("planVersion", "planVersion"), Sort.ascending("planVersion").and("id"));
        Disclosure d = personalData.bulk();
        return PageResult.of(CorrectionPlan.class, subjects.partsOf(subjectId), sort, page, p -> view(p, d));
    }

    /** Plans drawn up in the caller's scope; {@code current} only the current ones, {@code adjusted} only versions 2 on (or only 1). */
    public PageResult<CorrectionPlanView> list(String orgUnit, LocalDate from, LocalDate to, Boolean current, Boolean adjusted,
                                               PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("drawnUpOn >= :from", "from", from)
                .and("drawnUpOn <= :to", "to", to)
                .and("current = :current", "current", current)
                .andIf(Boolean.TRUE.equals(adjusted), "planVersion > 1")
                .andIf(Boolean.FALSE.equals(adjusted), "planVersion = 1");
        Disclosure d = personalData.bulk();
        return PageResult.of(CorrectionPlan.class, query, page.toSort(SORTABLE, Sort.descending("drawnUpOn").and("id")), page,
                p -> view(p, d));
    }
}
