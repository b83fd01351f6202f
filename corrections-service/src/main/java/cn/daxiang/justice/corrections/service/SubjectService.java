package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.EndInput;
import cn.daxiang.justice.corrections.api.LevelChangeInput;
import cn.daxiang.justice.corrections.api.LevelView;
import cn.daxiang.justice.corrections.api.ReleaseInput;
import cn.daxiang.justice.corrections.api.ScoreInput;
import cn.daxiang.justice.corrections.api.ScoreView;
import cn.daxiang.justice.corrections.api.SubjectFileView;
import cn.daxiang.justice.corrections.api.SubjectInput;
import cn.daxiang.justice.corrections.api.SubjectView;
import cn.daxiang.justice.corrections.api.TerminateInput;
import cn.daxiang.justice.corrections.api.ViolationInput;
import cn.daxiang.justice.corrections.api.ViolationView;
import cn.daxiang.justice.corrections.domain.AbscondingCase;
import cn.daxiang.justice.corrections.domain.AbscondingStatus;
import cn.daxiang.justice.corrections.domain.AssessmentScore;
import cn.daxiang.justice.corrections.domain.CorrectionPlan;
import cn.daxiang.justice.corrections.domain.EducationSession;
import cn.daxiang.justice.corrections.domain.ElectronicLocation;
import cn.daxiang.justice.corrections.domain.LeaveRequest;
import cn.daxiang.justice.corrections.domain.LeaveStatus;
import cn.daxiang.justice.corrections.domain.MedicalReview;
import cn.daxiang.justice.corrections.domain.RemoteVisit;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.ResidenceChange;
import cn.daxiang.justice.corrections.domain.ResidenceChangeStatus;
import cn.daxiang.justice.corrections.domain.RevocationProposal;
import cn.daxiang.justice.corrections.domain.RevocationStatus;
import cn.daxiang.justice.corrections.domain.Reward;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectLevel;
import cn.daxiang.justice.corrections.domain.SubjectPart;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.domain.SubjectType;
import cn.daxiang.justice.corrections.domain.SupervisionLevel;
import cn.daxiang.justice.corrections.domain.SupervisionRecord;
import cn.daxiang.justice.corrections.domain.TeamMember;
import cn.daxiang.justice.corrections.domain.Violation;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.domain.Moves;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.Roles;
import io.quarkus.panache.common.Sort;
import cn.daxiang.justice.kit.person.PersonQuery;
import cn.daxiang.justice.kit.person.PersonSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Subjects and their life cycle (intake → in correction → released or terminated), level history,
 * violations and scores. Every read and write goes through the caller's scope and leaves an audit row.
 * Every write of a subject's ID number takes the lock on that number before the subject's row lock.
 */
@ApplicationScoped
public class SubjectService extends RecordService<Subject, SubjectInput, SubjectView> {

    public static final String WHAT = "社区矫正对象";
    public static final String RELEASE = "RELEASE";
    public static final String TERMINATE = "TERMINATE";
    public static final String LEVEL = "LEVEL";
    public static final String CORRECTION_ENDED = "CORRECTION_ENDED";

    static final Map<String, String> SORTABLE = Map.of("intakeDate", "intakeDate", "name", "name",
            "createdAt", "createdAt", "orgUnit", "orgUnit", "correctionEnd", "correctionEnd", "endedOn", "endedOn");

    @Inject
    Moves moves;

    @Inject
    PersonSearch search;

    @Inject
    DuplicateReviewService duplicates;

    @Inject
    Approvals approvals;

    SubjectService() {
        super(Subject.class, WHAT, Subject::new);
    }

    /** The one create path of subjects, used by the API's POST and by sync; the first level entry is the intake. */
    @Override
    @Transactional
    public Subject createEntity(SubjectInput input) {
        Subject subject = super.createEntity(input);
        flagElsewhere(subject);
        addPart(subject, null, new SubjectLevel(), l -> {
            l.level = subject.supervisionLevel;
            l.effectiveOn = subject.intakeDate;
            l.reason = "入矫";
        });
        return subject;
    }

    @Override
    @Transactional
    public SubjectView update(UUID id, String ifMatch, SubjectInput input) {
        // before the row lock the kit's update takes, as sync's lockFirst does
        duplicates.lock(input.idNumber());
        return super.update(id, ifMatch, input);
    }

    /**
     * The one update path of subjects, used by the API's PUT (after its locks and version check) and
     * by sync. The intake entry of the level history follows the intake date; a transferred subject
     * takes its file along.
     */
    @Override
    @Transactional
    public void applyUpdate(Subject subject, SubjectInput input) {
        boolean renumbered = renumbered(subject, input);
        String from = subject.orgUnit;
        super.applyUpdate(subject, input);
        if (renumbered) {
            flagElsewhere(subject);
        }
        List<SubjectLevel> levels = levelHistory(subject.id);
        if (!levels.isEmpty() && !levels.get(0).effectiveOn.equals(subject.intakeDate)) {
            audit.update(levels.get(0), intake -> intake.effectiveOn = subject.intakeDate);
        }
        if (!from.equals(subject.orgUnit)) {
            moveParts(subject, levels);
        }
    }

    @Override
    protected void check(SubjectInput input) {
        // a create's only lock on the person; on an update it is held already, and taking it again is free
        duplicates.lock(input.idNumber());
        if (input.correctionEnd().isBefore(input.correctionStart())) {
            throw ApiException.invalid("correctionEnd", "矫正期限止不能早于矫正期限起");
        }
        Optional<LocalDate> birth = ResidentIdNumber.birthDate(input.idNumber());
        if (birth.isPresent() && !birth.get().equals(input.birthDate())) {
            throw ApiException.invalid("birthDate", "出生日期与身份证号码不一致");
        }
        if (!input.intakeDate().isAfter(input.birthDate())) {
            throw ApiException.invalid("intakeDate", "接收日期不能早于出生日期");
        }
        if (input.reportedOn() != null && input.judgmentEffectiveOn() != null
                && input.reportedOn().isBefore(input.judgmentEffectiveOn())) {
            throw ApiException.invalid("reportedOn", "报到日期不能早于判决、裁定生效日期");
        }
        if (input.outsidePrisonGround() != null && input.type() != SubjectType.OUTSIDE_PRISON) {
            throw ApiException.invalid("outsidePrisonGround", "仅暂予监外执行的对象填写暂予监外执行的情形");
        }
    }

    @Override
    protected void checkUpdate(Subject subject, SubjectInput input) {
        if (input.supervisionLevel() != subject.supervisionLevel) {
            throw ApiException.invalid("supervisionLevel", "管理等级只能通过调整等级操作（level）变更");
        }
        if (subject.endedOn != null && input.intakeDate().isAfter(subject.endedOn)) {
            throw ApiException.invalid("intakeDate", "接收日期不能晚于解除或终止日期 " + subject.endedOn);
        }
        List<SubjectLevel> levels = levelHistory(subject.id);
        if (levels.size() > 1 && levels.get(1).effectiveOn.isBefore(input.intakeDate())) {
            throw ApiException.invalid("intakeDate", "接收日期不能晚于管理等级调整日期 " + levels.get(1).effectiveOn);
        }
    }

    /** A person in correction in the caller's scope is a 409; one outside it is flagged after the write. */
    @Override
    protected void requireUnique(SubjectInput input, UUID self) {
        if (self == null || renumbered(Subject.findById(self), input)) {
            duplicates.othersInCorrection(ResidentIdNumber.normalize(input.idNumber()), self);
        }
    }

    private static boolean renumbered(Subject subject, SubjectInput input) {
        return subject.status == SubjectStatus.IN_CORRECTION && !ResidentIdNumber.normalize(input.idNumber()).equals(subject.idNumber);
    }

    /** Stored as asked; a person in correction outside the caller's scope goes to the district's review. */
    private void flagElsewhere(Subject subject) {
        duplicates.flag(subject, duplicates.othersInCorrection(subject.idNumber, subject.id));
    }

    /** The descriptive fields and the intake level; status and level change only through the actions. */
    @Override
    public void apply(SubjectInput input, Subject subject) {
        CorrectionsMapper.apply(input, subject);
        if (subject.status == null) {
            subject.supervisionLevel = input.supervisionLevel();
            subject.status = SubjectStatus.IN_CORRECTION;
        }
    }

    @Override
    public SubjectView view(Subject subject) {
        return CorrectionsMapper.toView(subject, personalData.single(), deadlines.of(subject));
    }

    /**
     * A transferred subject (执行地变更, 社区矫正法实施办法 art. 30) takes its file with it: level
     * history, violations, scores, electronic locations, medical re-checks, supervision records and the remote visits made for it. Education sessions stay with
     * the office that held them; a resettlement record is a later stage of its own.
     */
    /** A change of the place of execution within the district, approved: the subject and its whole file move. */
    @Transactional(Transactional.TxType.MANDATORY)
    void transfer(Subject subject, String orgUnit) {
        audit.change(ResidenceChangeService.TRANSFER, subject, s -> s.orgUnit = orgUnit);
        moveParts(subject, levelHistory(subject.id));
    }

    private void moveParts(Subject subject, List<SubjectLevel> levels) {
        List<AuditedRecord> parts = new ArrayList<>(levels);
        List<Class<? extends AuditedRecord>> types = new ArrayList<>(List.of(Violation.class, AssessmentScore.class, RemoteVisit.class));
        FILE_PARTS.forEach(part -> types.add(part.type()));
        for (Class<? extends AuditedRecord> type : types) {
            parts.addAll(Subject.getEntityManager()
                    .createQuery("from " + type.getName() + " where subjectId = :id order by id", type)
                    .setParameter("id", subject.id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
        }
        moves.follow(parts, subject.orgUnit);
    }

    public PageResult<SubjectView> list(String orgUnit, SubjectStatus status, SubjectType type, SupervisionLevel level,
                                        LocalDate intakeFrom, LocalDate intakeTo, PersonQuery person, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("status = :status", "status", status)
                .and("type = :type", "type", type)
                .and("supervisionLevel = :level", "level", level)
                .and("intakeDate >= :intakeFrom", "intakeFrom", intakeFrom)
                .and("intakeDate <= :intakeTo", "intakeTo", intakeTo);
        search.apply(query, CorrectionsPersons.SUBJECTS, person);
        Sort sort = page.toSort(SORTABLE, Sort.descending("intakeDate").and("id"));
        return PageResult.of(Subject.class, query, sort, page,
                s -> CorrectionsMapper.toView(s, personalData.bulk(), deadlines.of(s)));
    }

    // ---- actions ----

    @Transactional
    public SubjectView release(UUID id, String ifMatch, ReleaseInput input) {
        return end(id, ifMatch, input, RELEASE, SubjectStatus.RELEASED);
    }

    @Transactional
    public SubjectView terminate(UUID id, String ifMatch, TerminateInput input) {
        return end(id, ifMatch, input, TERMINATE, SubjectStatus.TERMINATED);
    }

    /** Release and termination alike: the end of the subject's correction, on a date from the intake on. */
    private SubjectView end(UUID id, String ifMatch, EndInput input, String action, SubjectStatus status) {
        Subject subject = loadForAction(id, ifMatch, input.version(), status == SubjectStatus.RELEASED ? "解除" : "终止");
        if (input.date().isBefore(subject.intakeDate)) {
            throw ApiException.invalid("date", "日期不能早于接收日期 " + subject.intakeDate);
        }
        audit.change(action, subject, s -> {
            s.status = status;
            s.endedOn = input.date();
            s.endReason = input.reason().name();
            s.endNote = CorrectionsMapper.strip(input.note());
        });
        correctionEnded(subject);
        return view(subject);
    }

    /**
     * What the end of a correction (release, termination — a granted revocation included — or a transfer out of the
     * district) does to the subject's open records, in the same transaction, after the (locked) subject's end is written.
     * An open absconding case is closed as CORRECTION_ENDED on the day the correction ended (not before its last step),
     * audited: the search is over because the correction is, not because the subject was found, so it counts neither as
     * found nor as escalated and its one-month clock stops (CorrectionsDeadlines). The clocks of an approved leave not yet
     * reported back stop with the subject's end (CorrectionsDeadlines LEAVE_RETURN), without a write of the leave, as does
     * the review of an electronic location still in use (ELECTRONIC_LOCATION_REVIEW), unless either was already past due.
     * The subject's open requests (leave, change of the place of execution, revocation proposal; pending or returned) are
     * withdrawn (kit Approvals.withdrawPending) with the reason in Chinese: nothing is left to decide.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void correctionEnded(Subject subject) {
        String reason = "社区矫正已" + subject.status.endedAs() + "，申请自动撤回";
        approvals.withdrawPending(LeaveRequest.class, LeaveRequest.<LeaveRequest>list("subjectId = ?1 and status = ?2", subject.id,
                LeaveStatus.REQUESTED).stream().map(r -> r.id).toList(), reason);
        approvals.withdrawPending(ResidenceChange.class, ResidenceChange.<ResidenceChange>list("subjectId = ?1 and status = ?2",
                subject.id, ResidenceChangeStatus.REQUESTED).stream().map(r -> r.id).toList(), reason);
        approvals.withdrawPending(RevocationProposal.class, RevocationProposal.<RevocationProposal>list("subjectId = ?1 and status = ?2",
                subject.id, RevocationStatus.DRAFTED).stream().map(r -> r.id).toList(), reason);
        List<AbscondingCase> open = AbscondingCase.<AbscondingCase>find("subjectId = ?1 and status = ?2", subject.id,
                AbscondingStatus.OPEN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (AbscondingCase c : open) {
            audit.change(CORRECTION_ENDED, c, r -> {
                r.status = AbscondingStatus.CORRECTION_ENDED;
                r.endedOn = subject.endedOn.isBefore(r.lastDate()) ? r.lastDate() : subject.endedOn;
                r.endNote = "矫正已" + subject.status.endedAs() + "（" + subject.endedOn + "），查找终结";
            });
        }
    }

    @Transactional
    public SubjectView changeLevel(UUID id, String ifMatch, LevelChangeInput input) {
        Subject subject = loadForAction(id, ifMatch, input.version(), "调整管理等级");
        if (input.level() == subject.supervisionLevel) {
            throw ApiException.invalid("level", "新等级与当前等级相同");
        }
        List<SubjectLevel> levels = levelHistory(subject.id);
        LocalDate latest = levels.isEmpty() ? subject.intakeDate : levels.get(levels.size() - 1).effectiveOn;
        if (input.effectiveOn().isBefore(subject.intakeDate) || input.effectiveOn().isBefore(latest)) {
            throw ApiException.invalid("effectiveOn", "生效日期不能早于接收日期或上次调整日期 " + latest);
        }
        audit.change(LEVEL, subject, s -> s.supervisionLevel = input.level());
        addPart(subject, null, new SubjectLevel(), l -> {
            l.level = input.level();
            l.effectiveOn = input.effectiveOn();
            l.reason = input.reason().strip();
        });
        return view(subject);
    }

    public PageResult<LevelView> levels(UUID subjectId, PageRequest page) {
        ListQuery query = partsOf(subjectId);
        Sort sort = page.toSort(Map.of("effectiveOn", "effectiveOn"), Sort.ascending("effectiveOn").and("createdAt").and("id"));
        return PageResult.of(SubjectLevel.class, query, sort, page, CorrectionsMapper::toView);
    }

    // ---- violations and scores ----

    @Transactional
    public ViolationView addViolation(UUID subjectId, ViolationInput input) {
        return CorrectionsMapper.toView(createViolation(subjectId, input));
    }

    /** The one create path of violations, used by the API's POST and by sync. */
    @Transactional
    public Violation createViolation(UUID subjectId, ViolationInput input) {
        Subject subject = writableSubject(subjectId);
        requireWithinTerm(subject, input.occurredOn(), "occurredOn");
        return addPart(subject, input.id(), new Violation(), v -> CorrectionsMapper.apply(input, v));
    }

    @Transactional
    public ViolationView updateViolation(UUID subjectId, UUID violationId, String ifMatch, ViolationInput input) {
        Subject subject = load(subjectId, LockModeType.PESSIMISTIC_WRITE);
        Violation violation = part(Violation.class, "违规记录", subject, violationId, ifMatch, input.version());
        applyViolationUpdate(subject, violation, input);
        return CorrectionsMapper.toView(violation);
    }

    /** The one update path of violations, used by the API's PUT (after its locks and version check) and by sync. */
    @Transactional
    public void applyViolationUpdate(Subject subject, Violation violation, ViolationInput input) {
        caller.requireWritable(subject.orgUnit);
        requireWithinTerm(subject, input.occurredOn(), "occurredOn");
        audit.update(violation, v -> CorrectionsMapper.apply(input, v));
    }

    public PageResult<ViolationView> violations(UUID subjectId, PageRequest page) {
        ListQuery query = partsOf(subjectId);
        Sort sort = page.toSort(Map.of("occurredOn", "occurredOn"), Sort.ascending("occurredOn").and("id"));
        return PageResult.of(Violation.class, query, sort, page, CorrectionsMapper::toView);
    }

    @Transactional
    public ScoreView addScore(UUID subjectId, ScoreInput input) {
        return CorrectionsMapper.toView(createScore(subjectId, input));
    }

    /** The one create path of scores, used by the API's POST and by sync. */
    @Transactional
    public AssessmentScore createScore(UUID subjectId, ScoreInput input) {
        Subject subject = writableSubject(subjectId);
        checkMonth(subject, input.month());
        Records.requireNew(AssessmentScore.class, input.id());
        requireMonthFree(subject, input.month(), null);
        return addPart(subject, input.id(), new AssessmentScore(), s -> CorrectionsMapper.apply(input, s));
    }

    @Transactional
    public ScoreView updateScore(UUID subjectId, UUID scoreId, String ifMatch, ScoreInput input) {
        Subject subject = load(subjectId, LockModeType.PESSIMISTIC_WRITE);
        AssessmentScore score = part(AssessmentScore.class, "考核记录", subject, scoreId, ifMatch, input.version());
        applyScoreUpdate(subject, score, input);
        return CorrectionsMapper.toView(score);
    }

    /** The one update path of scores, used by the API's PUT (after its locks and version check) and by sync. */
    @Transactional
    public void applyScoreUpdate(Subject subject, AssessmentScore score, ScoreInput input) {
        caller.requireWritable(subject.orgUnit);
        checkMonth(subject, input.month());
        requireMonthFree(subject, input.month(), score.id);
        audit.update(score, s -> CorrectionsMapper.apply(input, s));
    }

    public PageResult<ScoreView> scores(UUID subjectId, PageRequest page) {
        ListQuery query = partsOf(subjectId);
        Sort sort = page.toSort(Map.of("month", "monthStart"), Sort.ascending("monthStart").and("id"));
        return PageResult.of(AssessmentScore.class, query, sort, page,
                CorrectionsMapper::toView);
    }

    // ---- one file per person ----

    public SubjectFileView file(UUID id) {
        Subject subject = load(id, LockModeType.NONE);
        List<LevelView> levels = levelHistory(id).stream().map(CorrectionsMapper::toView).toList();
        List<ViolationView> violations = Violation.<Violation>list("subjectId", Sort.ascending("occurredOn").and("id"), id)
                .stream().map(CorrectionsMapper::toView).toList();
        List<ScoreView> scores = AssessmentScore.<AssessmentScore>list("subjectId", Sort.ascending("monthStart"), id)
                .stream().map(CorrectionsMapper::toView).toList();
        List<SubjectFileView.Attendance> education = EducationSession.<EducationSession>find(
                        "id in (select a.sessionId from EducationAttendance a where a.subjectId = ?1)",
                        Sort.ascending("heldOn").and("id"), id)
                .stream().map(e -> new SubjectFileView.Attendance(e.id, e.heldOn, e.topic, e.kind)).toList();
        // one person's file is a single-record read
        var visits = RemoteVisit.<RemoteVisit>list("subjectId", Sort.ascending("visitedOn").and("id"), id)
                .stream().map(v -> CorrectionsMapper.toView(v, personalData.single())).toList();
        UUID resettlement = ResettlementPerson.<ResettlementPerson>find("subjectId", id).firstResultOptional()
                .map(p -> p.id).orElse(null);
        return new SubjectFileView(view(subject), levels, violations, scores, education, visits, resettlement, fileIndex(id));
    }

    /** The file's other records (一人一档): kind, the date that places it, its entity and date field, its collection. */
    private record FilePart(String kind, Class<? extends SubjectPart> type, String dateField, String path) {
    }

    private static final List<FilePart> FILE_PARTS = List.of(
            new FilePart("监督管理记录", SupervisionRecord.class, "occurredOn", "supervision-records"),
            new FilePart("电子定位", ElectronicLocation.class, "decidedOn", "electronic-locations"),
            new FilePart("病情复查", MedicalReview.class, "reviewedOn", "medical-reviews"),
            new FilePart("请假外出", LeaveRequest.class, "appliedOn", "leave-requests"),
            new FilePart("变更执行地", ResidenceChange.class, "appliedOn", "residence-changes"),
            new FilePart("脱管案件", AbscondingCase.class, "discoveredOn", "absconding-cases"),
            new FilePart("表扬", Reward.class, "decidedOn", "rewards"),
            new FilePart("提请撤销缓刑、假释或收监执行", RevocationProposal.class, "proposedOn", "revocation-proposals"),
            new FilePart("矫正小组成员", TeamMember.class, "joinedOn", "team-members"),
            new FilePart("矫正方案", CorrectionPlan.class, "drawnUpOn", "plans"));

    /** One query per kind, ids and dates only: the file lists them, each record is read at its own address. */
    private static List<SubjectFileView.Entry> fileIndex(UUID subjectId) {
        List<SubjectFileView.Entry> entries = new ArrayList<>();
        for (FilePart part : FILE_PARTS) {
            Subject.getEntityManager().createQuery("select p.id, p." + part.dateField() + " from " + part.type().getName()
                            + " p where p.subjectId = :id", Object[].class).setParameter("id", subjectId).getResultList()
                    .forEach(row -> entries.add(new SubjectFileView.Entry(part.kind(), (UUID) row[0], (LocalDate) row[1],
                            "/api/v1/corrections/" + part.path() + "/" + row[0])));
        }
        entries.sort(java.util.Comparator.comparing(SubjectFileView.Entry::on).thenComparing(e -> e.id().toString()));
        return entries;
    }

    // ---- helpers ----

    private Subject loadForAction(UUID id, String ifMatch, Long bodyVersion, String action) {
        Subject subject = loadForAction(id, ifMatch, bodyVersion);
        if (subject.status != SubjectStatus.IN_CORRECTION) {
            throw ApiException.conflict("该对象已" + subject.status.endedAs() + "矫正，不能再" + action);
        }
        return subject;
    }

    Subject writableSubject(UUID id) {
        Subject subject = load(id, LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(subject.orgUnit);
        return subject;
    }

    /** The (locked) subject's file takes no more writes once its correction has ended: 409. */
    static void requireInCorrection(Subject subject, String what) {
        if (subject.status != SubjectStatus.IN_CORRECTION) {
            throw ApiException.conflict("该对象已" + subject.status.endedAs() + "矫正，" + what + "不能再变更");
        }
    }

    /** The records of a subject's file the caller sees, once the subject is known visible (else 404). */
    ListQuery partsOf(UUID subjectId) {
        load(subjectId, LockModeType.NONE);
        return ListQuery.inScope(caller, null).and("subjectId = :subjectId", "subjectId", subjectId);
    }

    /** A new record of the subject's file, with the subject's org unit, audited. */
    <P extends SubjectPart> P addPart(Subject subject, UUID id, P part, Consumer<P> apply) {
        Records.requireNew(part.getClass(), id);
        part.id = id;
        part.subjectId = subject.id;
        part.orgUnit = subject.orgUnit;
        apply.accept(part);
        part.persist();
        audit.created(part);
        return part;
    }

    /** A record of this subject's file under a row lock, at the version the change is based on; else 404 or 412. */
    private static <P extends SubjectPart> P part(Class<P> type, String what, Subject subject, UUID id, String ifMatch,
                                                  Long bodyVersion) {
        P part = Subject.getEntityManager().find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (part == null || !part.subjectId.equals(subject.id)) {
            throw ApiException.notFound(what, id);
        }
        Versioning.check(part, Versioning.expected(ifMatch, bodyVersion));
        return part;
    }

    /**
     * The life-cycle rule of deleting a subject (sync is the only path that deletes): a subject is either
     * in correction or has ended, and either way its file is the record of a sentence being served, so
     * a township clerk never deletes one. A district admin may, to undo a mistaken intake (the foreign
     * keys still refuse a subject that has violations, scores and the like).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireDeletable(Subject subject) {
        if (!caller.hasRole(Roles.DISTRICT_ADMIN)) {
            throw ApiException.conflict(subject.status == SubjectStatus.IN_CORRECTION
                    ? "该对象正在矫正中，司法所不能删除；误录的对象请报区司法局删除"
                    : "该对象已" + subject.status.endedAs() + "矫正，矫正档案须保留，司法所不能删除");
        }
    }

    /**
     * Before a subject is deleted (sync only): its supervision-level history belongs to it alone and
     * goes with it, each row audited. Violations, scores, visits and the like are records in their
     * own right: their foreign keys refuse the deletion until they are deleted first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeOwnParts(Subject subject) {
        for (SubjectLevel level : levelHistory(subject.id)) {
            audit.deleted(level);
            level.delete();
        }
    }

    static List<SubjectLevel> levelHistory(UUID subjectId) {
        return SubjectLevel.list("subjectId", Sort.ascending("effectiveOn").and("createdAt").and("id"), subjectId);
    }

    static void requireWithinTerm(Subject subject, LocalDate date, String field) {
        if (date.isBefore(subject.intakeDate) || (subject.endedOn != null && date.isAfter(subject.endedOn))) {
            throw ApiException.invalid(field, "日期须在矫正期间内（接收日期至解除或终止日期）");
        }
    }

    private void checkMonth(Subject subject, YearMonth month) {
        // the current month where the offices are (Asia/Shanghai), not the server's
        if (month.isAfter(YearMonth.from(deadlines.today())) || month.isBefore(YearMonth.from(subject.intakeDate))
                || (subject.endedOn != null && month.isAfter(YearMonth.from(subject.endedOn)))) {
            throw ApiException.invalid("month", "考核月份须在矫正期间内且不晚于本月");
        }
    }

    private static void requireMonthFree(Subject subject, YearMonth month, UUID self) {
        if (AssessmentScore.count("subjectId = ?1 and monthStart = ?2 and id <> ?3", subject.id, month.atDay(1),
                self == null ? new UUID(0, 0) : self) > 0) {
            throw ApiException.conflict(month + " 的考核结果已登记");
        }
    }
}
