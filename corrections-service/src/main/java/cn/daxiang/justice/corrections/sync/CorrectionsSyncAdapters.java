package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.EducationSessionInput;
import cn.daxiang.justice.corrections.api.InvestigationInput;
import cn.daxiang.justice.corrections.api.RemoteVisitInput;
import cn.daxiang.justice.corrections.api.ResettlementInput;
import cn.daxiang.justice.corrections.api.ResettlementVisitSyncInput;
import cn.daxiang.justice.corrections.api.SubjectInput;
import cn.daxiang.justice.corrections.api.SupervisionRecordSyncInput;
import cn.daxiang.justice.corrections.domain.AbscondingCase;
import cn.daxiang.justice.corrections.domain.AssessmentScore;
import cn.daxiang.justice.corrections.domain.CorrectionPlan;
import cn.daxiang.justice.corrections.domain.ElectronicLocation;
import cn.daxiang.justice.corrections.domain.EducationSession;
import cn.daxiang.justice.corrections.domain.Investigation;
import cn.daxiang.justice.corrections.domain.LeaveRequest;
import cn.daxiang.justice.corrections.domain.MedicalReview;
import cn.daxiang.justice.corrections.domain.RemoteVisit;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.ResidenceChange;
import cn.daxiang.justice.corrections.domain.Reward;
import cn.daxiang.justice.corrections.domain.ResettlementVisit;
import cn.daxiang.justice.corrections.domain.RevocationProposal;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectPart;
import cn.daxiang.justice.corrections.domain.SupervisionRecord;
import cn.daxiang.justice.corrections.domain.TeamMember;
import cn.daxiang.justice.corrections.domain.Violation;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.mapping.ElectronicLocationMapper;
import cn.daxiang.justice.corrections.mapping.InvestigationMapper;
import cn.daxiang.justice.corrections.service.AbscondingCaseService;
import cn.daxiang.justice.corrections.service.CorrectionPlanService;
import cn.daxiang.justice.corrections.service.DuplicateReviewService;
import cn.daxiang.justice.corrections.service.EducationService;
import cn.daxiang.justice.corrections.service.ElectronicLocationService;
import cn.daxiang.justice.corrections.service.InvestigationService;
import cn.daxiang.justice.corrections.service.LeaveService;
import cn.daxiang.justice.corrections.service.MedicalReviewService;
import cn.daxiang.justice.corrections.service.RemoteVisitService;
import cn.daxiang.justice.corrections.service.ResettlementService;
import cn.daxiang.justice.corrections.service.ResidenceChangeService;
import cn.daxiang.justice.corrections.service.RevocationService;
import cn.daxiang.justice.corrections.service.RewardService;
import cn.daxiang.justice.corrections.service.ResettlementVisitService;
import cn.daxiang.justice.corrections.service.SubjectService;
import cn.daxiang.justice.corrections.service.SupervisionRecordService;
import cn.daxiang.justice.corrections.service.TeamMemberService;
import cn.daxiang.justice.kit.approval.Approval;
import cn.daxiang.justice.kit.approval.ApprovalSyncInput;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.attachment.Attachment;
import cn.daxiang.justice.kit.attachment.AttachmentSyncInput;
import cn.daxiang.justice.kit.attachment.Attachments;
import cn.daxiang.justice.kit.clock.Deadlines;
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
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

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

    @Inject
    Deadlines deadlines;

    @Produces
    @Singleton
    SyncAdapter<Subject, SubjectInput> subjects(DuplicateReviewService duplicates) {
        return SyncAdapters.of("subjects", Subject.class, SubjectInput.class)
                .create(subjects::createEntity).update(subjects::applyUpdate)
                .view((s, d) -> CorrectionsMapper.toView(s, d, deadlines.of(s)))
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
                    candidate.lastMedicalReviewOn = current.lastMedicalReviewOn;
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Investigation, InvestigationInput> investigations(InvestigationService investigations) {
        return SyncAdapters.of("investigations", Investigation.class, InvestigationInput.class)
                .create(investigations::createEntity).update(investigations::applyUpdate)
                .view((i, d) -> InvestigationMapper.toView(i, d, deadlines.of(i))).apply(InvestigationMapper::apply).build();
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
                .view((p, d) -> CorrectionsMapper.toView(p, d, deadlines.of(p)))
                .beforeDelete(service::requireDeletable)
                .applyWith((input, candidate, current) -> {
                    // what an older client's flag keeps (ResettlementService.keepsHandover) is the current hand-over
                    candidate.handoverOn = current.handoverOn;
                    candidate.handoverMethod = current.handoverMethod;
                    candidate.handoverBy = current.handoverBy;
                    candidate.handoverDone = current.handoverDone;
                    service.apply(input, candidate);
                    // the link to a handed-over subject is set by the hand-over action, never by an upload
                    candidate.subjectId = current.subjectId;
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Violation, ViolationSyncInput> violations() {
        return part("violations", Violation.class, ViolationSyncInput.class, "违规记录所属的矫正对象不能更改",
                subjects::createViolation, subjects::applyViolationUpdate, CorrectionsMapper::apply, CorrectionsMapper::toView);
    }

    @Produces
    @Singleton
    SyncAdapter<AssessmentScore, ScoreSyncInput> scores() {
        return part("scores", AssessmentScore.class, ScoreSyncInput.class, "考核记录所属的矫正对象不能更改",
                subjects::createScore, subjects::applyScoreUpdate, CorrectionsMapper::apply, CorrectionsMapper::toView);
    }

    /** Decisions only: what the renewal and end actions set stays the server's (ElectronicLocationSyncInput). */
    @Produces
    @Singleton
    SyncAdapter<ElectronicLocation, ElectronicLocationSyncInput> electronicLocations(ElectronicLocationService service) {
        return SyncAdapters.of("electronic-locations", ElectronicLocation.class, ElectronicLocationSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(service::createEntity)
                .update((current, input) -> {
                    if (!current.subjectId.equals(input.subjectId())) {
                        throw ApiException.invalid("subjectId", "电子定位所属的矫正对象不能更改");
                    }
                    service.applyUpdate(current, input);
                })
                .plainView(service::view)
                .applyWith((input, candidate, current) -> {
                    ElectronicLocationMapper.copyActions(current, candidate);
                    service.apply(input, candidate);
                }).build();
    }

    /** Medical re-checks are only ever added (each closes a period); the latest may be deleted. */
    @Produces
    @Singleton
    SyncAdapter<MedicalReview, MedicalReviewSyncInput> medicalReviews(MedicalReviewService service) {
        return SyncAdapters.of("medical-reviews", MedicalReview.class, MedicalReviewSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(input -> service.create(input.subjectId(), input.toApiInput()))
                .enteredOnce("病情复查记录登记后不能修改；误录的请删除最近一次记录后重新登记")
                .plainView(service::view).beforeDelete(service::beforeDelete)
                .applyWith((input, candidate, current) -> {
                    candidate.orgUnit = current.orgUnit;
                    candidate.subjectId = input.subjectId();
                    candidate.reviewedOn = input.reviewedOn();
                    candidate.hospital = input.hospital().strip();
                    candidate.result = input.result().strip();
                    candidate.periodStartOn = current.periodStartOn;
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<SupervisionRecord, SupervisionRecordSyncInput> supervisionRecords(SupervisionRecordService service) {
        return SyncAdapters.of("supervision-records", SupervisionRecord.class, SupervisionRecordSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(service::createEntity).update(service::applyUpdate).plainView(service::view)
                .applyWith((input, candidate, current) -> {
                    service.apply(input, candidate);
                    candidate.orgUnit = current.orgUnit;
                    candidate.subjectId = input.subjectId();
                }).build();
    }

    /** Leave requests are only ever added (each opens its approval) and never deleted; the decision is the approval's. */
    @Produces
    @Singleton
    SyncAdapter<LeaveRequest, LeaveRequestSyncInput> leaveRequests(LeaveService service) {
        return SyncAdapters.of("leave-requests", LeaveRequest.class, LeaveRequestSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(input -> service.create(input.subjectId(), input.toApiInput()))
                .enteredOnce("请假外出申请提交后不能修改；如有错误，请在审批中退回或不予批准后重新申请")
                .plainView(service::view).views((rows, disclosure) -> service.views(rows)).beforeDelete(service::beforeDelete)
                .applyWith((input, candidate, current) -> {
                    candidate.orgUnit = current.orgUnit;
                    candidate.subjectId = input.subjectId();
                    candidate.appliedOn = input.appliedOn();
                    candidate.leaveFrom = input.leaveFrom();
                    candidate.leaveUntil = input.leaveUntil();
                    candidate.destination = input.destination().strip();
                    candidate.reason = input.reason().strip();
                    candidate.status = current.status;
                    candidate.returnedOn = current.returnedOn;
                }).build();
    }

    /** Like leave requests: only ever added, never deleted; what follows is the approval's and the API's actions'. */
    @Produces
    @Singleton
    SyncAdapter<ResidenceChange, ResidenceChangeSyncInput> residenceChanges(ResidenceChangeService service) {
        return SyncAdapters.of("residence-changes", ResidenceChange.class, ResidenceChangeSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(input -> service.create(input.subjectId(), input.toApiInput()))
                .enteredOnce("变更执行地申请提交后不能修改；如有错误，请在审批中退回或不予批准后重新申请")
                .plainView(service::view).views((rows, disclosure) -> service.views(rows)).beforeDelete(service::beforeDelete)
                .applyWith((input, candidate, current) -> {
                    candidate.orgUnit = current.orgUnit;
                    candidate.subjectId = input.subjectId();
                    candidate.appliedOn = input.appliedOn();
                    candidate.newOrgUnit = input.newOrgUnit();
                    candidate.newPlace = input.newPlace() == null || input.newPlace().isBlank() ? null : input.newPlace().strip();
                    candidate.reason = input.reason().strip();
                    candidate.status = current.status;
                    candidate.decidedOn = current.decidedOn;
                    candidate.handedOverOn = current.handedOverOn;
                }).build();
    }

    /** The line's requests for approval: a change feed only (kit approvals). */
    @Produces
    @Singleton
    SyncAdapter<Approval, ApprovalSyncInput> approvals(Approvals approvals) {
        return approvals.syncAdapter();
    }

    /** The files attached to the line's records: a change feed of their metadata only (kit attachments). */
    @Produces
    @Singleton
    SyncAdapter<Attachment, AttachmentSyncInput> attachments(Attachments attachments) {
        return attachments.syncAdapter();
    }

    /** Opening fields only: the steps and the end are the API's actions and stay the server's (AbscondingCaseSyncInput). */
    @Produces
    @Singleton
    SyncAdapter<AbscondingCase, AbscondingCaseSyncInput> abscondingCases(AbscondingCaseService service) {
        return SyncAdapters.of("absconding-cases", AbscondingCase.class, AbscondingCaseSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(service::createEntity).update(service::applyUpdate).plainView(service::view)
                .applyWith((input, candidate, current) -> {
                    AbscondingCaseService.copyActions(current, candidate);
                    service.apply(input, candidate);
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Reward, RewardSyncInput> rewards(RewardService service) {
        return part("rewards", Reward.class, RewardSyncInput.class, "表扬记录所属的矫正对象不能更改",
                service::create, service::applyUpdate, RewardService::apply, service::view);
    }

    /** Leaving the team is the API's {@code end} action: {@code leftOn} stays the server's. */
    @Produces
    @Singleton
    SyncAdapter<TeamMember, TeamMemberSyncInput> teamMembers(TeamMemberService service) {
        return partBuilder("team-members", TeamMember.class, TeamMemberSyncInput.class, "矫正小组成员所属的矫正对象不能更改",
                service::create, service::applyUpdate, TeamMemberService::apply, (current, candidate) -> candidate.leftOn = current.leftOn)
                .view(service::view).beforeDelete(service::beforeDelete).build();
    }

    /** The plan's number and whether it is current are the server's; only the current plan is changed or deleted. */
    @Produces
    @Singleton
    SyncAdapter<CorrectionPlan, CorrectionPlanSyncInput> plans(CorrectionPlanService service) {
        return partBuilder("plans", CorrectionPlan.class, CorrectionPlanSyncInput.class, "矫正方案所属的矫正对象不能更改",
                service::create, service::applyUpdate, CorrectionPlanService::apply, (current, candidate) -> {
                    candidate.planVersion = current.planVersion;
                    candidate.current = current.current;
                }).view(service::view).beforeDelete(service::beforeDelete).build();
    }

    @Produces
    @Singleton
    SyncAdapter<ResettlementVisit, ResettlementVisitSyncInput> resettlementVisits(ResettlementVisitService service) {
        return SyncAdapters.of("resettlement-visits", ResettlementVisit.class, ResettlementVisitSyncInput.class)
                .orgUnit(input -> personOrgUnit(input.personId())).lockFirst(input -> lockPerson(input.personId()))
                .create(service::createEntity).update(service::applyUpdate).plainView(service::view)
                .applyWith((input, candidate, current) -> {
                    service.apply(input, candidate);
                    candidate.orgUnit = current.orgUnit;
                    candidate.personId = input.personId();
                }).build();
    }

    /** Revocation proposals are only ever added (each opens its approval) and never deleted; the decision is an API action. */
    @Produces
    @Singleton
    SyncAdapter<RevocationProposal, RevocationProposalSyncInput> revocationProposals(RevocationService service) {
        return SyncAdapters.of("revocation-proposals", RevocationProposal.class, RevocationProposalSyncInput.class)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(input -> service.create(input.subjectId(), input.toApiInput()))
                .enteredOnce("提请撤销缓刑、假释或收监执行的记录提交后不能修改；如有错误，请在审批中退回或不同意后重新提请")
                .plainView(service::view).views((rows, disclosure) -> service.views(rows)).beforeDelete(service::beforeDelete)
                .applyWith((input, candidate, current) -> {
                    candidate.orgUnit = current.orgUnit;
                    candidate.subjectId = input.subjectId();
                    candidate.kind = input.kind();
                    candidate.grounds = input.grounds().strip();
                    candidate.violationIds = input.violationIds() == null ? new java.util.ArrayList<>()
                            : new java.util.ArrayList<>(new java.util.LinkedHashSet<>(input.violationIds()));
                    candidate.abscondingCaseId = input.abscondingCaseId();
                    candidate.proposedOn = input.proposedOn();
                    candidate.status = current.status;
                    candidate.decidedOn = current.decidedOn;
                    candidate.decidedBy = current.decidedBy;
                    candidate.documentNumber = current.documentNumber;
                }).build();
    }

    /** The update of a record of a subject's file, with the subject locked before it. */
    interface PartUpdate<P, A> {
        void apply(Subject subject, P part, A input);
    }

    /** A record of a subject's file syncs through the subject's API: its org unit, its locks, its rules. */
    <P extends SubjectPart, A, I extends SubjectPartSyncInput<A>> SyncAdapter<P, I> part(
            String resource, Class<P> type, Class<I> inputType, String moved, BiFunction<UUID, A, P> create,
            PartUpdate<P, A> update, BiConsumer<A, P> apply, Function<P, ?> view) {
        return partBuilder(resource, type, inputType, moved, create, update, apply, (current, candidate) -> { }).plainView(view).build();
    }

    /**
     * As {@link #part}, for a record that adds its own view (personal data) or deletion rule; {@code serverKept} copies
     * onto the candidate of a replay what only the API's actions or the server set.
     */
    <P extends SubjectPart, A, I extends SubjectPartSyncInput<A>> SyncAdapters.Builder<P, I> partBuilder(
            String resource, Class<P> type, Class<I> inputType, String moved, BiFunction<UUID, A, P> create,
            PartUpdate<P, A> update, BiConsumer<A, P> apply, BiConsumer<P, P> serverKept) {
        return SyncAdapters.of(resource, type, inputType)
                .orgUnit(input -> subjectOrgUnit(input.subjectId())).lockFirst(input -> lockSubject(input.subjectId()))
                .create(input -> create.apply(input.subjectId(), input.toApiInput()))
                .update((current, input) -> {
                    if (!current.subjectId.equals(input.subjectId())) {
                        throw ApiException.invalid("subjectId", moved);
                    }
                    update.apply(subjects.load(current.subjectId, LockModeType.PESSIMISTIC_WRITE), current, input.toApiInput());
                })
                .applyWith((input, candidate, current) -> {
                    candidate.orgUnit = current.orgUnit;
                    candidate.subjectId = input.subjectId();
                    apply.accept(input.toApiInput(), candidate);
                    serverKept.accept(current, candidate);
                });
    }

    /** A subject's record has the subject's org unit; for an unknown subject the caller's own, so that the API path answers "not found". */
    String subjectOrgUnit(UUID subjectId) {
        Subject subject = Subject.findById(subjectId);
        return subject == null ? caller.orgUnit() : subject.orgUnit;
    }

    /** A visit has its person's org unit; for an unknown person the caller's own, so that the API path answers "not found". */
    String personOrgUnit(UUID personId) {
        ResettlementPerson person = ResettlementPerson.findById(personId);
        return person == null ? caller.orgUnit() : person.orgUnit;
    }

    /** As for a subject's records: the person's row lock before its visit's. */
    static void lockPerson(UUID personId) {
        if (personId != null) {
            ResettlementPerson.findById(personId, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    /** The API locks the subject before its child record; sync does the same, so the two cannot deadlock. */
    static void lockSubject(UUID subjectId) {
        if (subjectId != null) {
            Subject.findById(subjectId, LockModeType.PESSIMISTIC_WRITE);
        }
    }
}
