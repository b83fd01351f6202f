package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.MedicalReviewInput;
import cn.daxiang.justice.corrections.api.MedicalReviewView;
import cn.daxiang.justice.corrections.domain.MedicalReview;
import cn.daxiang.justice.corrections.domain.OutsidePrisonGround;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectType;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.domain.Records;
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
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Medical re-checks (病情复查) of subjects on medical parole (保外就医): each is recorded once, in date order,
 * and closes the 3-month period that ran from the previous one (or from the intake). The subject keeps the
 * latest date ({@code lastMedicalReviewOn}), changed through the audit log so that its open period moves.
 */
@ApplicationScoped
public class MedicalReviewService {

    static final String WHAT = "病情复查记录";
    public static final String MEDICAL_REVIEW = "MEDICAL_REVIEW";

    @Inject
    SubjectService subjects;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Deadlines deadlines;

    @Transactional
    public MedicalReviewView add(UUID subjectId, MedicalReviewInput input) {
        return view(create(subjectId, input));
    }

    /** The one create path of reviews, used by the API's POST and by sync. */
    @Transactional
    public MedicalReview create(UUID subjectId, MedicalReviewInput input) {
        Subject subject = subjects.load(subjectId, LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(subject.orgUnit);
        if (subject.type != SubjectType.OUTSIDE_PRISON || subject.outsidePrisonGround != OutsidePrisonGround.SERIOUS_ILLNESS) {
            throw ApiException.conflict("该对象不是保外就医（暂予监外执行，有严重疾病需要保外就医）的社区矫正对象，无需病情复查");
        }
        SubjectService.requireWithinTerm(subject, input.reviewedOn(), "reviewedOn");
        LocalDate previous = subject.lastMedicalReviewOn == null ? subject.intakeDate : subject.lastMedicalReviewOn;
        if (!input.reviewedOn().isAfter(previous)) {
            throw ApiException.invalid("reviewedOn", "复查日期须晚于上次复查日期（首次须晚于接收日期）" + previous);
        }
        Records.requireNew(MedicalReview.class, input.id());
        MedicalReview review = new MedicalReview();
        review.id = input.id();
        review.subjectId = subject.id;
        review.orgUnit = subject.orgUnit;
        review.reviewedOn = input.reviewedOn();
        review.hospital = input.hospital().strip();
        review.result = input.result().strip();
        review.periodStartOn = previous;
        review.persist();
        audit.created(review);
        audit.change(MEDICAL_REVIEW, subject, s -> s.lastMedicalReviewOn = input.reviewedOn());
        return review;
    }

    /**
     * Before sync deletes a review (the only path that deletes): only the latest may go, as the next period
     * runs from it; the subject's latest date falls back to the one before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeDelete(MedicalReview review) {
        Subject subject = subjects.load(review.subjectId, LockModeType.PESSIMISTIC_WRITE);
        if (!Objects.equals(subject.lastMedicalReviewOn, review.reviewedOn)) {
            throw ApiException.conflict("只能删除最近一次病情复查记录");
        }
        LocalDate before = MedicalReview.count("subjectId = ?1 and reviewedOn = ?2", subject.id, review.periodStartOn) == 0
                ? null : review.periodStartOn;
        audit.change(MEDICAL_REVIEW, subject, s -> s.lastMedicalReviewOn = before);
    }

    public PageResult<MedicalReviewView> list(UUID subjectId, PageRequest page) {
        subjects.load(subjectId, LockModeType.NONE);
        ListQuery query = ListQuery.inScope(caller, null).and("subjectId = :subjectId", "subjectId", subjectId);
        Sort sort = page.toSort(Map.of("reviewedOn", "reviewedOn"), Sort.ascending("reviewedOn").and("id"));
        return PageResult.of(MedicalReview.class, query, sort, page, this::view);
    }

    public MedicalReviewView get(UUID id) {
        MedicalReview review = MedicalReview.findById(id);
        if (review == null || !caller.covers(review.orgUnit)) {
            throw ApiException.notFound(WHAT, id);
        }
        return view(review);
    }

    public MedicalReviewView view(MedicalReview r) {
        return new MedicalReviewView(r.id, r.subjectId, r.orgUnit, r.version, r.reviewedOn, r.hospital, r.result,
                r.periodStartOn, deadlines.of(r), r.createdAt, r.updatedAt);
    }
}
