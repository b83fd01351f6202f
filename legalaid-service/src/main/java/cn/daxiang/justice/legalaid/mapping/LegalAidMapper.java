package cn.daxiang.justice.legalaid.mapping;

import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.legalaid.api.ApplicationInput;
import cn.daxiang.justice.legalaid.api.ApplicationView;
import cn.daxiang.justice.legalaid.api.CaseView;
import cn.daxiang.justice.legalaid.api.ConsultationInput;
import cn.daxiang.justice.legalaid.api.ConsultationView;
import cn.daxiang.justice.legalaid.api.DutyLawyerServiceInput;
import cn.daxiang.justice.legalaid.api.DutyLawyerServiceView;
import cn.daxiang.justice.legalaid.api.FollowUpView;
import cn.daxiang.justice.legalaid.api.ObjectionSyncInput;
import cn.daxiang.justice.legalaid.api.ObjectionView;
import cn.daxiang.justice.legalaid.api.ProviderInput;
import cn.daxiang.justice.legalaid.api.ProviderView;
import cn.daxiang.justice.legalaid.api.ReviewView;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.CaseReview;
import cn.daxiang.justice.legalaid.domain.Consultation;
import cn.daxiang.justice.legalaid.domain.DutyLawyerService;
import cn.daxiang.justice.legalaid.domain.FollowUp;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.domain.Objection;
import cn.daxiang.justice.legalaid.domain.Provider;
import cn.daxiang.justice.legalaid.domain.RecipientCategory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Between the legal aid entities and what the API sends and receives. */
public final class LegalAidMapper {

    private LegalAidMapper() {
    }

    public static ApplicationView toView(Application a, Disclosure d, List<Deadline> deadlines) {
        return new ApplicationView(a.id, a.orgUnit, a.version,
                d.name(a.applicantName), d.idNumber(a.applicantIdNumber), d.phone(a.applicantPhone),
                a.channel, a.matter, a.category, a.hardshipBasis, a.hardshipExemption, categories(a.recipientCategories),
                a.receivedOn, a.reviewDueOn, a.status,
                a.materialsRequested, a.materialsRequestedOn, a.materialsReceivedOn, a.decidedOn, a.refusalReason,
                a.firstDecision, a.firstDecidedOn,
                a.noticeReceivedOn, a.notifyingOrgan, a.noticeKind, a.noticeDocumentNumber, a.reopenedOn,
                a.reopenedByObjection, a.caseId, deadlines, a.createdAt, a.updatedAt);
    }

    public static void apply(ApplicationInput input, Application a) {
        a.orgUnit = input.orgUnit();
        a.applicantName = input.applicantName().strip();
        a.applicantIdNumber = ResidentIdNumber.normalize(input.applicantIdNumber());
        a.applicantPhone = blankToNull(input.applicantPhone());
        a.channel = input.channel();
        a.matter = input.matter().strip();
        a.category = input.category();
        a.hardshipBasis = blankToNull(input.hardshipBasis());
        a.hardshipExemption = input.hardshipExemption();
        a.recipientCategories = categories(input.recipientCategories());
        a.receivedOn = input.receivedOn();
        a.noticeReceivedOn = input.noticeReceivedOn();
        a.notifyingOrgan = input.notifyingOrgan();
        a.noticeKind = input.noticeKind();
        a.noticeDocumentNumber = blankToNull(input.noticeDocumentNumber());
    }

    /** The categories once each, in the enum's order, so that two inputs naming the same set store the same list. */
    static List<RecipientCategory> categories(Collection<RecipientCategory> given) {
        return given == null ? new ArrayList<>()
                : new ArrayList<>(given.stream().filter(Objects::nonNull).distinct().sorted().toList());
    }

    public static CaseView toView(LegalAidCase c, List<Deadline> deadlines) {
        return new CaseView(c.id, c.orgUnit, c.version, c.applicationId, c.category, c.complexity, c.acceptedOn,
                c.noticeReceivedOn, c.status, c.providerId, c.assignedOn, c.hearingAttended, c.hearingOn, c.closedOn, c.result,
                c.terminatedOn, c.terminationReason, c.terminationNote, c.advanceGround, c.advanceReviewedOn,
                c.advanceReviewResult, deadlines, c.createdAt, c.updatedAt);
    }

    public static ReviewView toView(CaseReview r) {
        return new ReviewView(r.id, r.orgUnit, r.version, r.caseId, r.kind, r.reviewedOn, r.score, r.result,
                r.requiredFixes, r.createdAt, r.updatedAt);
    }

    public static FollowUpView toView(FollowUp f) {
        return new FollowUpView(f.id, f.orgUnit, f.version, f.caseId, f.followUpOn, f.satisfied, f.notes,
                f.createdAt, f.updatedAt);
    }

    public static ObjectionView toView(Objection o, List<Deadline> deadlines) {
        return new ObjectionView(o.id, o.orgUnit, o.version, o.applicationId, o.receivedOn, o.grounds, o.status,
                o.decidedOn, o.decision, o.decisionReason, deadlines, o.createdAt, o.updatedAt);
    }

    /** The objection's own fields (the application, org unit and decision are the service's). */
    public static void apply(ObjectionSyncInput input, Objection o) {
        o.receivedOn = input.receivedOn();
        o.grounds = input.grounds().strip();
    }

    public static ProviderView toView(Provider p) {
        return new ProviderView(p.id, p.orgUnit, p.version, p.kind, p.name, p.firm, p.licenceNumber,
                p.specialties == null ? List.of() : List.copyOf(p.specialties), p.senior, p.createdAt, p.updatedAt);
    }

    public static void apply(ProviderInput input, Provider p) {
        p.orgUnit = input.orgUnit();
        p.kind = input.kind();
        p.name = input.name().strip();
        p.firm = blankToNull(input.firm());
        p.licenceNumber = blankToNull(input.licenceNumber());
        p.specialties = input.specialties() == null ? new ArrayList<>()
                : new ArrayList<>(input.specialties().stream().map(String::strip).distinct().toList());
        p.senior = input.senior();
    }

    public static ConsultationView toView(Consultation c) {
        return new ConsultationView(c.id, c.orgUnit, c.version, c.consultedOn, c.channel, c.topic, c.createdAt,
                c.updatedAt);
    }

    public static void apply(ConsultationInput input, Consultation c) {
        c.orgUnit = input.orgUnit();
        c.consultedOn = input.consultedOn();
        c.channel = input.channel();
        c.topic = input.topic().strip();
    }

    public static DutyLawyerServiceView toView(DutyLawyerService s, Disclosure d) {
        return new DutyLawyerServiceView(s.id, s.orgUnit, s.version, s.providerId, s.servicePointId, s.servedOn, s.kind,
                d.name(s.suspectName), d.criminalRecord(s.notes), s.createdAt, s.updatedAt);
    }

    public static void apply(DutyLawyerServiceInput input, DutyLawyerService s) {
        s.orgUnit = input.orgUnit();
        s.providerId = input.providerId();
        s.servicePointId = input.servicePointId();
        s.servedOn = input.servedOn();
        s.kind = input.kind();
        s.suspectName = input.suspectName().strip();
        s.notes = blankToNull(input.notes());
    }

    /** Free text as stored: stripped, and null when blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
