package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.clock.CalendarYearMissingException;
import cn.daxiang.justice.kit.clock.DeadlineCatalog;
import cn.daxiang.justice.kit.clock.DeadlineRule;
import cn.daxiang.justice.kit.clock.Period;
import cn.daxiang.justice.kit.clock.WorkingCalendar;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeStatus;
import cn.daxiang.justice.mediation.domain.FollowUp;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The mediation line's statutory periods (issue 18). Neither 人民调解法 nor 人民调解工作若干规定 has a counting article
 * of its own: like the kit, they are counted by the procedure laws' rule (民事诉讼法第八十五条: the start day is not
 * counted, a last day on a rest day moves to the next working day) — an assumption, not a rule of these texts.
 * <p>
 * Follow-up visits (回访) have no statutory number: 人民调解法第三十一条 only says the committee 「应当对调解协议的履行情况
 * 进行监督」, and the follow-up article of 人民调解工作若干规定 says 「适时」. A committee that has a rule of its own
 * (回访制度, e.g. within 15 days of conclusion) records it; its successful mediations then carry that clock.
 */
@ApplicationScoped
public class MediationDeadlines implements DeadlineCatalog {

    public static final String DISPUTE_CONCLUSION = "DISPUTE_CONCLUSION";
    public static final String JUDICIAL_CONFIRMATION = "JUDICIAL_CONFIRMATION";
    public static final String FOLLOW_UP = "FOLLOW_UP";

    /** 人民调解工作若干规定（司法部令第75号）第三十三条: 「人民调解委员会调解纠纷，一般在一个月内调结。」 */
    static final Period CONCLUSION = Period.months(1);

    /**
     * 人民调解法第三十三条: 「自调解协议生效之日起三十日内共同向人民法院申请司法确认」 (the period itself; checked). 民事诉讼法
     * restates it for 确认调解协议案件: 第二百零一条 in the 2021 text (checked); the 2023 amendment renumbered it, probably
     * 第二百零五条 (article number unconfirmed), so the basis officials read cites 人民调解法 alone.
     */
    static final Period CONFIRMATION = Period.days(30);

    static final String LINK = "/api/v1/mediation/disputes/{id}";

    @Inject
    WorkingCalendar calendar;

    @Override
    public List<DeadlineRule<?>> rules() {
        return List.of(
                // The month runs from acceptance (受理). A committee accepts a dispute by registering it (受理登记):
                // registeredOn is that day. startedOn is only the first mediation session, which may come later; counting
                // from it would let a slow start hide a late conclusion. Met by the conclusion, whatever its outcome
                // (a withdrawal ends the mediation too); "一般" allows a longer time: the extension recorded (延期至).
                DeadlineRule.on(Dispute.class, DISPUTE_CONCLUSION)
                        .named("调结矛盾纠纷", "Dispute conclusion")
                        .basis("《人民调解工作若干规定》（司法部令第75号）第三十三条", CONCLUSION)
                        .metric("mediation.disputes.conclusion")
                        .link(LINK)
                        .startsOn(d -> d.registeredOn)
                        .metOn(d -> d.concludedOn)
                        .extendedTo(d -> d.extendedUntil),
                // Only when the parties chose to seek confirmation of a successful mediation's agreement; from the day the
                // agreement took effect (第二十九条 written: the last signature; 第三十条 oral: the day agreed), which is the
                // conclusion date unless recorded otherwise. Met by the application to the court.
                DeadlineRule.on(Dispute.class, JUDICIAL_CONFIRMATION)
                        .named("申请司法确认", "Judicial confirmation application")
                        .basis("《中华人民共和国人民调解法》第三十三条", CONFIRMATION)
                        .metric("mediation.agreements.judicialConfirmation")
                        .link(LINK)
                        .startsOn(d -> d.confirmationSought && d.status == DisputeStatus.SUCCEEDED ? agreementEffectiveOn(d) : null)
                        .metOn(d -> d.confirmationAppliedOn),
                // The committee's rule when the conclusion was recorded (kept on the dispute then; the platform keeps no history of
                // the rule, so a back-dated conclusion takes the rule of the day it is recorded), from
                // that day; met by the first visit. Supervising performance concerns an agreement: successful mediations only.
                DeadlineRule.on(Dispute.class, FOLLOW_UP)
                        .named("回访调解协议履行情况", "Follow-up visit")
                        .basis("《中华人民共和国人民调解法》第三十一条；本委员会回访制度", "按委员会回访制度所定日数")
                        .metric("mediation.disputes.followUp")
                        .link(LINK)
                        .startsOn(d -> d.status == DisputeStatus.SUCCEEDED ? d.concludedOn : null)
                        .periodFor(d -> d.followUpWithinDays == null ? null : Period.days(d.followUpWithinDays))
                        .metOn(d -> firstVisit(d.id))
                        .recomputedWith(FollowUp.class, f -> Dispute.<Dispute>findByIdOptional(f.disputeId).stream().toList()));
    }

    /** The day of the dispute's first follow-up visit; null: none yet. */
    static LocalDate firstVisit(UUID disputeId) {
        return Panache.getEntityManager().createQuery("SELECT min(f.visitedOn) FROM FollowUp f WHERE f.disputeId = :id", LocalDate.class)
                .setParameter("id", disputeId).getSingleResult();
    }

    /** The day the agreement took effect: as recorded, else the conclusion date. */
    public static LocalDate agreementEffectiveOn(Dispute d) {
        return d.agreementEffectiveOn != null ? d.agreementEffectiveOn : d.concludedOn;
    }

    /** The month's last day for a dispute accepted on {@code registeredOn}, before any extension; empty without calendar data. */
    public Optional<LocalDate> conclusionDue(LocalDate registeredOn) {
        try {
            return Optional.of(CONCLUSION.due(registeredOn, List.of(), calendar));
        } catch (CalendarYearMissingException e) {
            return Optional.empty();
        }
    }
}
