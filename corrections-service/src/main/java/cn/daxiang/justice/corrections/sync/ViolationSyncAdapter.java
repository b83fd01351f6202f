package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.Violation;
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

/** A subject's violations over sync, through the same service methods as the API's POST and PUT. */
@ApplicationScoped
public class ViolationSyncAdapter implements cn.daxiang.justice.kit.sync.SyncAdapter<Violation, ViolationSyncInput> {

    @Inject
    SubjectService subjects;

    @Inject
    CallerScope caller;

    @Override
    public String resource() {
        return "violations";
    }

    @Override
    public Class<Violation> entityType() {
        return Violation.class;
    }

    @Override
    public Class<ViolationSyncInput> inputType() {
        return ViolationSyncInput.class;
    }

    @Override
    public UUID id(ViolationSyncInput input) {
        return input.id();
    }

    @Override
    public Long version(ViolationSyncInput input) {
        return input.version();
    }

    /** The subject's org unit; for an unknown subject the caller's own, so that the API path answers "not found". */
    @Override
    public String orgUnit(ViolationSyncInput input) {
        Subject subject = Subject.findById(input.subjectId());
        return subject == null ? caller.orgUnit() : subject.orgUnit;
    }

    @Override
    public Violation create(ViolationSyncInput input) {
        return subjects.createViolation(input.subjectId(), input.toApiInput());
    }

    @Override
    public void update(Violation current, ViolationSyncInput input) {
        if (!current.subjectId.equals(input.subjectId())) {
            throw ApiException.invalid("subjectId", "违规记录所属的矫正对象不能更改");
        }
        Subject subject = subjects.load(current.subjectId, LockModeType.PESSIMISTIC_WRITE);
        subjects.applyViolationUpdate(subject, current, input.toApiInput());
    }

    /** The API locks the subject before its child record; sync does the same, so the two cannot deadlock. */
    @Override
    public void lockFirst(ViolationSyncInput input) {
        if (input.subjectId() != null) {
            Subject.findById(input.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @Override
    public Object view(Violation entity, Disclosure disclosure) {
        return CorrectionsMapper.toView(entity);
    }

    @Override
    public boolean sameContent(Violation current, ViolationSyncInput input) {
        Violation candidate = new Violation();
        candidate.orgUnit = current.orgUnit;
        candidate.subjectId = input.subjectId();
        candidate.occurredOn = input.occurredOn();
        candidate.description = input.description().strip();
        candidate.sanction = input.sanction();
        return RecordContent.same(current, candidate);
    }
}
