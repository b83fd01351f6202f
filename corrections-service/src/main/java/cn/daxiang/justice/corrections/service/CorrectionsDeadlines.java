package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.AbscondingCase;
import cn.daxiang.justice.corrections.domain.AbscondingStatus;
import cn.daxiang.justice.corrections.domain.ElectronicLocation;
import cn.daxiang.justice.corrections.domain.ElectronicLocationStatus;
import cn.daxiang.justice.corrections.domain.Investigation;
import cn.daxiang.justice.corrections.domain.LeaveRequest;
import cn.daxiang.justice.corrections.domain.LeaveStatus;
import cn.daxiang.justice.corrections.domain.MedicalReview;
import cn.daxiang.justice.corrections.domain.OutsidePrisonGround;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.ResidenceChange;
import cn.daxiang.justice.corrections.domain.ResidenceChangeStatus;
import cn.daxiang.justice.corrections.domain.RevocationProposal;
import cn.daxiang.justice.corrections.domain.RevocationStatus;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.domain.SubjectType;
import cn.daxiang.justice.kit.clock.DeadlineCatalog;
import cn.daxiang.justice.kit.clock.DeadlineRule;
import cn.daxiang.justice.kit.clock.Period;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The statutory periods of community corrections and resettlement. Periods in 日 follow the procedure
 * laws' counting (the starting day is not counted; a last day on a rest day moves to the next working
 * day): 社区矫正法 has no counting article of its own, so this is the platform's assumption.
 */
@ApplicationScoped
public class CorrectionsDeadlines implements DeadlineCatalog {

    static final String SUBJECT = "/api/v1/corrections/subjects/{id}";
    static final String INVESTIGATION = "/api/v1/corrections/investigations/{id}";
    static final String RESETTLEMENT = "/api/v1/corrections/resettlement/persons/{id}";
    static final String ELECTRONIC_LOCATION = "/api/v1/corrections/electronic-locations/{id}";
    static final String MEDICAL_REVIEW = "/api/v1/corrections/medical-reviews/{id}";
    static final String ABSCONDING_CASE = "/api/v1/corrections/absconding-cases/{id}";
    static final String REVOCATION_PROPOSAL = "/api/v1/corrections/revocation-proposals/{id}";
    static final String RESIDENCE_CHANGE = "/api/v1/corrections/residence-changes/{id}";

    /**
     * 社区矫正法实施办法（司发通〔2020〕59号）on the change of the place of execution, 第三十一条 by our reading (第三十条 is the application and decision) — the
     * article number and the text of its period are NOT confirmed (searched, not found in the sources at hand; the 2012
     * 实施办法第十四条 had 三个工作日 for the same hand-over): after the decision the agency hands the file and the legal
     * documents over to the new place's agency within 五日. Counted in days from the decision (the starting day not
     * counted, a last day on a rest day moving to the next working day), as the line counts its 日.
     */
    static final String HANDOVER_BASIS = "《中华人民共和国社区矫正法实施办法》第三十一条（条文序号待核）";
    static final int HANDOVER_DAYS = 5;

    /**
     * 社区矫正法第四十八条 (the court rules on a proposal to revoke probation or parole within 30 days of receiving it) and
     * 第四十九条 (the deciding authority decides on 收监执行 within 30 days of receiving the proposal): text and numbers
     * from memory, NOT confirmed; 监狱法第三十三条 has the same month for revoking parole.
     */
    static final String REVOCATION_DECISION_BASIS = "《中华人民共和国社区矫正法》第四十八条、第四十九条（条文序号待核）";

    /**
     * 社区矫正法实施办法 (司发通〔2020〕59号) on revoking probation or parole and committing to prison: a subject who 脱离监管
     * 超过一个月 is proposed for revocation (撤销缓刑、撤销假释、收监执行). The one-month period is in the text; the article
     * numbers (第四十六、四十七、四十九条?) are NOT confirmed, so the basis names none. The search itself is 立即 (社区矫正法
     * 第三十条, number unconfirmed): no period to count.
     */
    static final String ABSCONDING_BASIS = "《中华人民共和国社区矫正法实施办法》（脱离监管超过一个月的提请撤销缓刑、假释或收监执行；条文序号待核）";

    /**
     * 社区矫正法实施办法 (司发通〔2020〕59号): a subject on medical parole (保外就医) is re-checked every three months at a
     * hospital the provincial government designates. The 3-month period is confirmed (t18 law notes §3b: the Shanxi
     * five-department opinion quotes it); the article number is NOT confirmed, so the basis names no article.
     */
    static final String MEDICAL_REVIEW_BASIS = "《中华人民共和国社区矫正法实施办法》（保外就医每三个月病情复查；条文序号待核）";

    /** The release window: the period ends on the term's last day, whatever reminder is configured. */
    static final int RELEASE_WINDOW_DAYS = 30;

    /** What the offices set for the line's practice periods (no national rule fixes them). */
    @ConfigMapping(prefix = "platform.corrections")
    public interface Corrections {
        /**
         * {@code platform.corrections.release-reminder}: how long before the end of the term the release
         * formalities show as DUE_SOON, an ISO period ({@code P1M}, {@code P30D}; months or days, not both).
         * Practice default of one month: neither 社区矫正法 第四十四条 nor its 实施办法 sets a lead time.
         */
        @WithDefault("P1M")
        java.time.Period releaseReminder();
    }

    @ConfigMapping(prefix = "platform.resettlement")
    public interface Resettlement {
        /**
         * {@code platform.resettlement.contact-days}: the calendar days from release within which the township
         * contacts a released person. No national rule found; 7 days is local practice (low confidence): set it
         * to the province's rule.
         */
        @WithDefault("7")
        int contactDays();
    }

    @Inject
    Corrections corrections;

    @Inject
    Resettlement resettlement;

    @Override
    public List<DeadlineRule<?>> rules() {
        return List.of(
                // 社区矫正法 第二十一条第一款: 管制、缓刑、假释 report within 十日 of the judgment or ruling taking effect;
                // 暂予监外执行 subjects are handed over by the prison or police instead (第二、三款).
                DeadlineRule.on(Subject.class, "SUBJECT_REPORT_IN")
                        .named("社区矫正对象报到", "Subject reports in")
                        .basis("《中华人民共和国社区矫正法》第二十一条第一款", Period.days(10))
                        .metric("corrections.subjects.reportIn")
                        .link(SUBJECT)
                        .startsOn(s -> s.type == SubjectType.OUTSIDE_PRISON ? null : s.judgmentEffectiveOn)
                        .metOn(s -> s.reportedOn),
                // 社区矫正法实施办法 (司发通〔2020〕59号) 第十四条 — article number unconfirmed (t18 law notes: text not seen):
                // 十个工作日 from receiving the entrustment, 五个工作日 under expedited procedure (速裁程序).
                // One item with one metric, its period chosen per record.
                DeadlineRule.on(Investigation.class, "INVESTIGATION_COMPLETION")
                        .named("调查评估", "Investigation completed")
                        .basis("《中华人民共和国社区矫正法实施办法》第十四条", Period.workingDays(10))
                        .periodFor(i -> i.expedited ? Period.workingDays(5) : null)
                        .metric("corrections.investigations.completion")
                        .link(INVESTIGATION)
                        .startsOn(i -> i.entrustedOn)
                        .metOn(i -> i.completedOn),
                // 社区矫正法 第四十四条: at the end of the term the office issues the certificate of release; it sets no lead
                // time, the reminder is configurable. The period is the term's last 30 days, so it falls due on the day
                // the term ends (or the next working day); met on release. A termination ends the clock.
                DeadlineRule.on(Subject.class, "SUBJECT_RELEASE")
                        .named("矫正期满解除矫正", "Release at the end of the term")
                        .basis("《中华人民共和国社区矫正法》第四十四条", Period.days(RELEASE_WINDOW_DAYS))
                        .metric("corrections.subjects.release")
                        .link(SUBJECT)
                        .startsOn(s -> s.status == SubjectStatus.TERMINATED || s.status == SubjectStatus.TRANSFERRED ? null
                                : s.correctionEnd.minusDays(RELEASE_WINDOW_DAYS))
                        .metOn(s -> s.status == SubjectStatus.RELEASED ? s.endedOn : null)
                        .remindBefore(reminder(corrections.releaseReminder())),
                // Local practice, not a national rule (t18 law notes §5, low confidence): the township contacts a released
                // person within a few days of release, 7 by default (platform.resettlement.contact-days).
                DeadlineRule.on(ResettlementPerson.class, "RESETTLEMENT_CONTACT")
                        .named("安置帮教对象衔接联系", "Contact after release")
                        .basis("安置帮教衔接工作地方规定（无全国统一期限，期限可配置）", Period.days(resettlement.contactDays()))
                        .metric("resettlement.persons.contact")
                        .link(RESETTLEMENT)
                        .startsOn(p -> p.releasedOn)
                        .metOn(ResettlementService::firstContact),
                // 社区矫正法 第二十九条第二款: electronic location runs at most three months; before it ends the office ends it
                // (「不需要继续使用的，应当及时解除」) or, 「经评估仍有必要继续使用的，经过批准」, renews it. The period is the last
                // 7 days up to endsOn, so it falls due on endsOn (moved to the next working day when that is a rest day);
                // met on the day it was ended or its renewal was decided.
                DeadlineRule.on(ElectronicLocation.class, "ELECTRONIC_LOCATION_REVIEW")
                        .named("电子定位期满解除或延长", "Electronic location ended or renewed")
                        .basis("《中华人民共和国社区矫正法》第二十九条", Period.days(7))
                        .metric("corrections.electronicLocation.review")
                        .link(ELECTRONIC_LOCATION)
                        .startsOn(e -> e.endsOn.minusDays(7))
                        .metOn(e -> e.endedOn != null ? e.endedOn : e.renewedOn)
                        // the correction ended while the location was in use: no review is due here any more (stopped, when
                        // the end came on or before the due date; the kit keeps an item already past due overdue)
                        .endedOn(e -> e.endedOn == null && e.renewedOn == null ? correctionEndedOn(e.subjectId) : null)
                        .recomputedWith(Subject.class, s -> s.status == SubjectStatus.IN_CORRECTION ? List.of()
                                : ElectronicLocation.<ElectronicLocation>list("subjectId = ?1 and status = ?2 and renewedOn is null",
                                        s.id, ElectronicLocationStatus.ACTIVE))
                        .remindBefore(Period.days(7))
                        .revision(2),
                // 保外就医 re-check every 3 months (MEDICAL_REVIEW_BASIS). Each review closes the period that ran from the one
                // before (or the intake): on-time or late is kept per review.
                DeadlineRule.on(MedicalReview.class, "MEDICAL_REVIEW")
                        .named("保外就医病情复查", "Medical re-check")
                        .basis(MEDICAL_REVIEW_BASIS, Period.months(3))
                        .metric("corrections.medicalReview")
                        .link(MEDICAL_REVIEW)
                        .startsOn(r -> r.periodStartOn)
                        .metOn(r -> r.reviewedOn),
                // The open period of an active subject on medical parole: from the latest review (or the intake), never met
                // here (the next review closes it on its own record and this one moves on).
                DeadlineRule.on(Subject.class, "MEDICAL_REVIEW_NEXT")
                        .named("下次病情复查", "Next medical re-check")
                        .basis(MEDICAL_REVIEW_BASIS, Period.months(3))
                        .metric("corrections.medicalReview.next")
                        .link(SUBJECT)
                        .startsOn(s -> s.status != SubjectStatus.IN_CORRECTION || s.type != SubjectType.OUTSIDE_PRISON
                                || s.outsidePrisonGround != OutsidePrisonGround.SERIOUS_ILLNESS ? null
                                : s.lastMedicalReviewOn == null ? s.intakeDate : s.lastMedicalReviewOn),
                // An approved leave ends on the day approved: the subject is back and reports by then (社区矫正法实施办法（2020）
                // 第二十八条, article number from memory, to be confirmed). The day before the leave is the start (not counted).
                DeadlineRule.on(LeaveRequest.class, "LEAVE_RETURN")
                        .named("请假外出按期返回", "Return from leave")
                        .basis("《中华人民共和国社区矫正法实施办法》第二十八条", "批准的外出期限")
                        .metric("corrections.leave.return")
                        .link("/api/v1/corrections/leave-requests/{id}")
                        .startsOn(l -> l.status == LeaveStatus.APPROVED || l.status == LeaveStatus.BACK ? l.leaveFrom.minusDays(1) : null)
                        .dueOn(l -> l.leaveUntil)
                        .metOn(l -> l.returnedOn)
                        // the correction ended while the subject was away: the return can no longer be due here (stopped,
                        // not missed); only a leave not reported back reads its subject
                        .endedOn(l -> l.status == LeaveStatus.APPROVED ? correctionEndedOn(l.subjectId) : null)
                        .recomputedWith(Subject.class, s -> s.status == SubjectStatus.IN_CORRECTION ? List.of()
                                : LeaveRequest.<LeaveRequest>list("subjectId = ?1 and status = ?2", s.id, LeaveStatus.APPROVED))
                        // 3: an end after the due date no longer stops the item (kit endedOn)
                        .revision(3),
                // Absconding: within a month of the discovery the subject is found or the case escalated (ABSCONDING_BASIS);
                // met on the day the case ended either way.
                DeadlineRule.on(AbscondingCase.class, "ABSCONDING_ONE_MONTH")
                        .named("脱管满一个月前查找到或提请撤销、收监", "Absconding: found or escalated within a month")
                        .basis(ABSCONDING_BASIS, Period.months(1))
                        .metric("corrections.absconding.oneMonth")
                        .link(ABSCONDING_CASE)
                        .startsOn(c -> c.discoveredOn)
                        // found or escalated meets it; a case closed by the end of the correction (SubjectService
                        // .correctionEnded) neither meets nor misses it: stopped on that day
                        .metOn(c -> c.status == AbscondingStatus.CORRECTION_ENDED ? null : c.endedOn)
                        .endedOn(c -> c.status == AbscondingStatus.CORRECTION_ENDED ? c.endedOn : null)
                        // 3: a case closed after its month ran out stays overdue (kit endedOn)
                        .revision(3),
                // The court's ruling on a proposal to revoke probation or parole, or the deciding authority's decision on
                // committing to prison, within 30 days of receiving it (REVOCATION_DECISION_BASIS). Counted from the date of
                // the submitted proposal: the receipt is not recorded, so the due date is the earliest it can be.
                DeadlineRule.on(RevocationProposal.class, "REVOCATION_DECISION")
                        .named("人民法院、决定机关对提请作出裁定、决定", "Decision on a revocation proposal")
                        .basis(REVOCATION_DECISION_BASIS, Period.days(30))
                        .metric("corrections.revocation.decision")
                        .link(REVOCATION_PROPOSAL)
                        .startsOn(p -> p.status == RevocationStatus.DRAFTED || p.status == RevocationStatus.WITHDRAWN ? null : p.proposedOn)
                        .metOn(p -> p.decidedOn),
                // Out of the district: the old place's agency hands the file over to the new place's within 5 days of the
                // decision (HANDOVER_BASIS), counted from the approval's decision date, met by the hand-over.
                DeadlineRule.on(ResidenceChange.class, "RESIDENCE_CHANGE_HANDOVER")
                        .named("变更执行地档案移交", "File handed over after a change of place of execution")
                        .basis(HANDOVER_BASIS, Period.days(HANDOVER_DAYS))
                        .metric("corrections.residenceChanges.handover")
                        .link(RESIDENCE_CHANGE)
                        .startsOn(c -> c.status == ResidenceChangeStatus.APPROVED && c.outOfDistrict() ? c.decidedOn : null)
                        .metOn(c -> c.handedOverOn));
    }

    /** The day the subject's correction ended, null while it runs (a leave's subject, read in the persistence context). */
    static java.time.LocalDate correctionEndedOn(java.util.UUID subjectId) {
        Subject subject = Subject.findById(subjectId);
        return subject == null || subject.status == SubjectStatus.IN_CORRECTION ? null : subject.endedOn;
    }

    /** The configured lead time as the kit's period: whole months or days. */
    static Period reminder(java.time.Period lead) {
        if (lead.getYears() == 0 && lead.getMonths() > 0 && lead.getDays() == 0) {
            return Period.months(lead.getMonths());
        }
        if (lead.toTotalMonths() == 0 && lead.getDays() > 0) {
            return Period.days(lead.getDays());
        }
        throw new IllegalArgumentException("platform.corrections.release-reminder: months or days, e.g. P1M or P30D; not " + lead);
    }
}
