package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.EducationSessionInput;
import cn.daxiang.justice.corrections.api.InvestigationInput;
import cn.daxiang.justice.corrections.api.RemoteVisitInput;
import cn.daxiang.justice.corrections.api.ResettlementInput;
import cn.daxiang.justice.corrections.api.SubjectInput;
import cn.daxiang.justice.corrections.domain.AssessmentScore;
import cn.daxiang.justice.corrections.domain.EducationSession;
import cn.daxiang.justice.corrections.domain.Investigation;
import cn.daxiang.justice.corrections.domain.RemoteVisit;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.Violation;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.mapping.InvestigationMapper;
import cn.daxiang.justice.corrections.service.DuplicateReviewService;
import cn.daxiang.justice.corrections.service.EducationService;
import cn.daxiang.justice.corrections.service.InvestigationService;
import cn.daxiang.justice.corrections.service.RemoteVisitService;
import cn.daxiang.justice.corrections.service.ResettlementService;
import cn.daxiang.justice.corrections.service.SubjectService;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.kit.sync.SyncAdapters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;

import java.util.HashSet;
import java.util.UUID;

/**
 * The corrections line's sync resources, each through the same service methods as the API's POST
 * and PUT (the kit's {@code SyncEndpoint} finds them by their resource name).
 */
@ApplicationScoped
public class CorrectionsSyncAdapters {

    @Inject
    SubjectService subjects;

    @Inject
    CallerScope caller;

    @Produces
    @Singleton
    SyncAdapter<Subject, SubjectInput> subjects(DuplicateReviewService duplicates) {
        return SyncAdapters.of("subjects", Subject.class, SubjectInput.class)
                .create(subjects::createEntity).update(subjects::applyUpdate)
                .view(CorrectionsMapper::toView)
                // The API's order: the lock on the ID number before the subject's row lock.
                .lockFirst(input -> duplicates.lock(input.idNumber()))
                .beforeDelete(current -> {
                    subjects.requireDeletable(current);
                    subjects.removeOwnParts(current);
                })
                .applyWith((input, candidate, current) -> {
                    subjects.apply(input, candidate);
                    // what only the actions change is the server's, not the upload's
                    candidate.status = current.status;
                    candidate.endedOn = current.endedOn;
                    candidate.endReason = current.endReason;
                    candidate.endNote = current.endNote;
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Investigation, InvestigationInput> investigations(InvestigationService investigations) {
        return SyncAdapters.of("investigations", Investigation.class, InvestigationInput.class)
                .create(investigations::createEntity).update(investigations::applyUpdate)
                .view(InvestigationMapper::toView).apply(InvestigationMapper::apply).build();
    }

    @Produces
    @Singleton
    SyncAdapter<EducationSession, EducationSessionInput> educationSessions(EducationService service) {
        return SyncAdapters.of("education-sessions", EducationSession.class, EducationSessionInput.class)
                .create(service::createEntity).update(service::applyUpdate)
                .plainView(s -> service.view(EducationService.withAttendees(s))).beforeDelete(service::removeAttendances)
                .sameContent((current, input) -> {
                    EducationSession candidate = new EducationSession();
                    service.apply(input, candidate);
                    // attendances are rows of their own: compare them as a set of subjects
                    EducationService.withAttendees(current);
                    candidate.attendees = current.attendees;
                    return RecordContent.same(current, candidate)
                            && new HashSet<>(current.attendees).equals(new HashSet<>(input.subjectIds()))
                            && current.attendees.size() == input.subjectIds().size();
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<RemoteVisit, RemoteVisitInput> remoteVisits(RemoteVisitService service) {
        return SyncAdapters.of("remote-visits", RemoteVisit.class, RemoteVisitInput.class)
                .create(service::createEntity).update(service::applyUpdate)
                .view(CorrectionsMapper::toView).apply(service::apply).build();
    }

    @Produces
    @Singleton
    SyncAdapter<ResettlementPerson, ResettlementInput> resettlementPersons(ResettlementService service) {
        return SyncAdapters.of("resettlement-persons", ResettlementPerson.class, ResettlementInput.class)
                .create(service::createEntity).update(service::applyUpdate)
                .view(CorrectionsMapper::toView)
                .applyWith((input, candidate, current) -> {
                    service.apply(input, candidate);
                    // the link to a handed-over subject is set by the hand-over action, never by an upload
                    candidate.subjectId = current.subjectId;
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Violation, ViolationSyncInput> violations() {
        return SyncAdapters.of("violations", Violation.class, ViolationSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(input -> subjects.createViolation(input.subjectId(), input.toApiInput()))
                .update((current, input) -> {
                    unchangedSubject(current.subjectId, input.subjectId(), "违规记录所属的矫正对象不能更改");
                    Subject subject = subjects.load(current.subjectId, LockModeType.PESSIMISTIC_WRITE);
                    subjects.applyViolationUpdate(subject, current, input.toApiInput());
                })
                .plainView(CorrectionsMapper::toView)
                .applyWith((input, candidate, current) -> {
                    candidate.orgUnit = current.orgUnit;
                    candidate.subjectId = input.subjectId();
                    CorrectionsMapper.apply(input.toApiInput(), candidate);
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<AssessmentScore, ScoreSyncInput> scores() {
        return SyncAdapters.of("scores", AssessmentScore.class, ScoreSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(input -> subjects.createScore(input.subjectId(), input.toApiInput()))
                .update((current, input) -> {
                    unchangedSubject(current.subjectId, input.subjectId(), "考核记录所属的矫正对象不能更改");
                    Subject subject = subjects.load(current.subjectId, LockModeType.PESSIMISTIC_WRITE);
                    subjects.applyScoreUpdate(subject, current, input.toApiInput());
                })
                .plainView(CorrectionsMapper::toView)
                .applyWith((input, candidate, current) -> {
                    candidate.orgUnit = current.orgUnit;
                    candidate.subjectId = input.subjectId();
                    CorrectionsMapper.apply(input.toApiInput(), candidate);
                }).build();
    }

    /** A subject's record has the subject's org unit; for an unknown subject the caller's own, so that the API path answers "not found". */
    String subjectOrgUnit(UUID subjectId) {
        Subject subject = Subject.findById(subjectId);
        return subject == null ? caller.orgUnit() : subject.orgUnit;
    }

    /** The API locks the subject before its child record; sync does the same, so the two cannot deadlock. */
    static void lockSubject(UUID subjectId) {
        if (subjectId != null) {
            Subject.findById(subjectId, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    static void unchangedSubject(UUID current, UUID uploaded, String message) {
        if (!current.equals(uploaded)) {
            throw ApiException.invalid("subjectId", message);
        }
    }
}
