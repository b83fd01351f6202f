package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.SubjectInput;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.service.DuplicateReviewService;
import cn.daxiang.justice.corrections.service.SubjectService;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Subjects over sync: the same input as the API's POST/PUT, through the same service methods. The
 * life-cycle actions (release, terminate, level) are not sync operations: a supervision level that
 * differs from the server's is refused exactly as the API's PUT refuses it.
 */
@ApplicationScoped
public class SubjectSyncAdapter implements SyncAdapter<Subject, SubjectInput> {

    @Inject
    SubjectService subjects;

    @Inject
    DuplicateReviewService duplicates;

    @Override
    public String resource() {
        return "subjects";
    }

    @Override
    public Class<Subject> entityType() {
        return Subject.class;
    }

    @Override
    public Class<SubjectInput> inputType() {
        return SubjectInput.class;
    }

    @Override
    public UUID id(SubjectInput input) {
        return input.id();
    }

    @Override
    public Long version(SubjectInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(SubjectInput input) {
        return input.orgUnit();
    }

    /** The API's order: the lock on the ID number before the subject's row lock. */
    @Override
    public void lockFirst(SubjectInput input) {
        duplicates.lock(input.idNumber());
    }

    @Override
    public Subject create(SubjectInput input) {
        return subjects.createEntity(input);
    }

    @Override
    public void update(Subject current, SubjectInput input) {
        subjects.applyUpdate(current, input);
    }

    @Override
    public void beforeDelete(Subject current) {
        subjects.requireDeletable(current);
        subjects.removeOwnParts(current);
    }

    @Override
    public Object view(Subject entity, Disclosure disclosure) {
        return CorrectionsMapper.toView(entity, disclosure);
    }

    @Override
    public boolean sameContent(Subject current, SubjectInput input) {
        Subject candidate = new Subject();
        CorrectionsMapper.apply(input, candidate);
        candidate.supervisionLevel = input.supervisionLevel();
        // what only the actions change is the server's, not the upload's
        candidate.status = current.status;
        candidate.endedOn = current.endedOn;
        candidate.endReason = current.endReason;
        candidate.endNote = current.endNote;
        return RecordContent.same(current, candidate);
    }
}
