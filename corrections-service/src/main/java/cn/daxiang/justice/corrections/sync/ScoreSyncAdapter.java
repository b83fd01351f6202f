package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.domain.AssessmentScore;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.service.SubjectService;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.sync.RecordContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/** A subject's monthly scores over sync, through the same service methods as the API's POST and PUT. */
@ApplicationScoped
public class ScoreSyncAdapter implements cn.daxiang.justice.kit.sync.SyncAdapter<AssessmentScore, ScoreSyncInput> {

    @Inject
    SubjectService subjects;

    @Inject
    CallerScope caller;

    @Override
    public String resource() {
        return "scores";
    }

    @Override
    public Class<AssessmentScore> entityType() {
        return AssessmentScore.class;
    }

    @Override
    public Class<ScoreSyncInput> inputType() {
        return ScoreSyncInput.class;
    }

    @Override
    public UUID id(ScoreSyncInput input) {
        return input.id();
    }

    @Override
    public Long version(ScoreSyncInput input) {
        return input.version();
    }

    /** The subject's org unit; for an unknown subject the caller's own, so that the API path answers "not found". */
    @Override
    public String orgUnit(ScoreSyncInput input) {
        Subject subject = Subject.findById(input.subjectId());
        return subject == null ? caller.orgUnit() : subject.orgUnit;
    }

    @Override
    public AssessmentScore create(ScoreSyncInput input) {
        return subjects.createScore(input.subjectId(), input.toApiInput());
    }

    @Override
    public void update(AssessmentScore current, ScoreSyncInput input) {
        if (!current.subjectId.equals(input.subjectId())) {
            throw ApiException.invalid("subjectId", "考核记录所属的矫正对象不能更改");
        }
        Subject subject = subjects.load(current.subjectId, LockModeType.PESSIMISTIC_WRITE);
        subjects.applyScoreUpdate(subject, current, input.toApiInput());
    }

    /** The API locks the subject before its child record; sync does the same, so the two cannot deadlock. */
    @Override
    public void lockFirst(ScoreSyncInput input) {
        if (input.subjectId() != null) {
            Subject.findById(input.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @Override
    public Object view(AssessmentScore entity, Disclosure disclosure) {
        return CorrectionsMapper.toView(entity);
    }

    @Override
    public boolean sameContent(AssessmentScore current, ScoreSyncInput input) {
        AssessmentScore candidate = new AssessmentScore();
        candidate.orgUnit = current.orgUnit;
        candidate.subjectId = input.subjectId();
        candidate.monthStart = input.month().atDay(1);
        candidate.score = input.score();
        candidate.note = SubjectService.strip(input.note());
        return RecordContent.same(current, candidate);
    }
}
