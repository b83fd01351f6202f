package cn.daxiang.justice.corrections.mapping;

import cn.daxiang.justice.corrections.api.EducationSessionView;
import cn.daxiang.justice.corrections.api.LevelView;
import cn.daxiang.justice.corrections.api.RemoteVisitView;
import cn.daxiang.justice.corrections.api.ResettlementView;
import cn.daxiang.justice.corrections.api.ScoreInput;
import cn.daxiang.justice.corrections.api.ScoreView;
import cn.daxiang.justice.corrections.api.SubjectInput;
import cn.daxiang.justice.corrections.api.SubjectView;
import cn.daxiang.justice.corrections.api.ViolationInput;
import cn.daxiang.justice.corrections.api.ViolationView;
import cn.daxiang.justice.corrections.domain.AssessmentScore;
import cn.daxiang.justice.corrections.domain.EducationSession;
import cn.daxiang.justice.corrections.domain.RemoteVisit;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.ResettlementStatus;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectLevel;
import cn.daxiang.justice.corrections.domain.SupportTeamMember;
import cn.daxiang.justice.corrections.domain.Violation;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.personal.Disclosure;

import java.time.YearMonth;
import java.util.List;

/** Between the corrections entities and what the API sends and receives. */
public final class CorrectionsMapper {

    private CorrectionsMapper() {
    }

    public static SubjectView toView(Subject s, Disclosure d, List<Deadline> deadlines) {
        return new SubjectView(s.id, s.orgUnit, s.version, d.name(s.name), s.gender, d.idNumber(s.idNumber),
                d.birthDate(s.birthDate), Disclosure.birthYear(s.birthDate), s.type, d.criminalRecord(s.offence),
                d.criminalRecord(s.sentence), s.decidingAuthority, s.correctionStart, s.correctionEnd, s.intakeDate,
                s.judgmentEffectiveOn, s.reportedOn, s.outsidePrisonGround, s.lastMedicalReviewOn, s.supervisionLevel, s.status, s.endedOn, s.endReason,
                d.criminalRecord(s.endNote), deadlines, s.createdAt, s.updatedAt);
    }

    /** The descriptive fields; status and level are changed only by the actions. */
    public static void apply(SubjectInput input, Subject s) {
        s.orgUnit = input.orgUnit();
        s.identify(input.name(), input.gender(), input.idNumber());
        s.birthDate = input.birthDate();
        s.type = input.type();
        s.offence = input.offence().strip();
        s.sentence = input.sentence().strip();
        s.decidingAuthority = input.decidingAuthority().strip();
        s.correctionStart = input.correctionStart();
        s.correctionEnd = input.correctionEnd();
        s.intakeDate = input.intakeDate();
        s.judgmentEffectiveOn = input.judgmentEffectiveOn();
        s.reportedOn = input.reportedOn();
        s.outsidePrisonGround = input.outsidePrisonGround();
    }

    public static void apply(ViolationInput input, Violation v) {
        v.occurredOn = input.occurredOn();
        v.description = input.description().strip();
        v.sanction = input.sanction();
    }

    public static void apply(ScoreInput input, AssessmentScore a) {
        a.monthStart = input.month().atDay(1);
        a.score = input.score();
        a.note = strip(input.note());
    }

    public static LevelView toView(SubjectLevel l) {
        return new LevelView(l.id, l.subjectId, l.level, l.effectiveOn, l.reason, l.createdBy, l.createdAt);
    }

    public static ViolationView toView(Violation v) {
        return new ViolationView(v.id, v.subjectId, v.orgUnit, v.version, v.occurredOn, v.description, v.sanction,
                v.createdAt, v.updatedAt);
    }

    public static ScoreView toView(AssessmentScore a) {
        return new ScoreView(a.id, a.subjectId, a.orgUnit, a.version, YearMonth.from(a.monthStart), a.score, a.note,
                a.createdAt, a.updatedAt);
    }

    public static EducationSessionView toView(EducationSession e) {
        return new EducationSessionView(e.id, e.orgUnit, e.version, e.heldOn, e.topic, e.kind, List.copyOf(e.attendees),
                e.attendees.size(), e.createdAt, e.updatedAt);
    }

    public static RemoteVisitView toView(RemoteVisit v, Disclosure d) {
        return new RemoteVisitView(v.id, v.orgUnit, v.version, v.visitedOn, v.institution, d.name(v.inmateName),
                v.visitorKind, v.subjectId, d.name(v.visitorName), v.visitorRelation, v.createdAt, v.updatedAt);
    }

    public static ResettlementView toView(ResettlementPerson p, Disclosure d, List<Deadline> deadlines) {
        List<SupportTeamMember> team = p.supportTeam == null ? List.of() : p.supportTeam.stream()
                .map(m -> new SupportTeamMember(d.name(m.name()), m.role(), d.phone(m.phone())))
                .toList();
        return new ResettlementView(p.id, p.orgUnit, p.version, d.name(p.name), p.gender,
                d.idNumber(p.idNumber), p.source, p.releasedOn, p.receivedOn, p.contactedOn, p.noticeReceivedOn,
                p.handoverDone, p.keyTarget, team, p.endedOn == null ? ResettlementStatus.IN_SUPPORT : ResettlementStatus.ENDED,
                p.endedOn, p.subjectId, p.prisonName, p.expectedReleaseOn, p.handoverOn, p.handoverMethod, p.handoverBy,
                deadlines, p.createdAt, p.updatedAt);
    }

    public static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
