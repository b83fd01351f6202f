package cn.daxiang.justice.mediation.domain;

import cn.daxiang.justice.devsupport.FrozenAuditTrail;
import cn.daxiang.justice.devsupport.Populated;
import org.junit.jupiter.params.provider.Arguments;

import java.util.List;
import java.util.stream.Stream;

/** Every record type of this line, in {@link FrozenAuditTrail}. */
class AuditSnapshotTest extends FrozenAuditTrail {

    static Stream<Arguments> records() {
        return Stream.of(
                frozen(new Committee(), r -> { },
                        "{orgUnit=甲orgUnit, name=甲name, level=PROFESSIONAL, termStart=2024-12-16, termEnd=2024-10-06, status=DISSOLVED, followUpWithinDays=854}"),
                frozen(new Dispute(), d -> {
                    d.parties = List.of(Populated.fill(new DisputeParty()));
                    d.mediators = List.of(Populated.fill(new DisputeMediator()));
                    d.terms = List.of(Populated.fill(new AgreementTerm()));
                },
                        "{orgUnit=甲orgUnit, committeeId=092a4f79-e76f-3de0-82a5-5bfa35c020ef, registeredOn=2025-06-13, source=PETITION_REFERRAL, category=OTHER, summary=甲summary, amountInvolved=471.500, status=WITHDRAWN, escalationPrevented=true, serious=true, startedOn=2026-08-10, concludedOn=2024-03-29, agreementForm=ORAL, referral=NONE, conclusionNote=甲conclusionNote, archivedOn=2024-05-25, extendedUntil=2025-10-07, extensionReason=甲extensionReason, agreementEffectiveOn=2025-10-06, confirmationSought=true, confirmationAppliedOn=2024-11-23, followUpWithinDays=854, agreementMatters=甲agreementMatters, performanceMethod=甲performanceMethod, agreementDocumentNumber=甲agreementDocumentNumber, confirmationCourt=甲confirmationCourt, confirmationRuling=REJECTED, confirmationRuledOn=2024-05-10, confirmationCaseNumber=甲confirmationCaseNumber, referringOrgan=甲referringOrgan, referralDocumentNumber=甲referralDocumentNumber, referralReceivedOn=2024-01-14, feedbackOn=2024-09-09, feedbackContent=甲feedbackContent, complexityGrade=MAJOR, dossierNumber=甲dossierNumber, parties=[THIRD_PARTY 甲**** ********* ******], mediators=[3c3ebfda-7549-3320-b335-577af13bc009], terms=[969: party 676 甲obligation 904.500元 by 2024-09-24]}"),
                frozen(new AgreementTerm(), r -> { },
                        "{orgUnit=甲orgUnit, position=969, obligorParty=676, obligation=甲obligation, amount=904.5, dueOn=2024-09-24}"),
                frozen(new DisputeMediator(), r -> { },
                        "{orgUnit=甲orgUnit, mediatorId=3c3ebfda-7549-3320-b335-577af13bc009, position=969}"),
                frozen(new DisputeParty(), r -> { },
                        "{orgUnit=甲orgUnit, position=969, name=甲****, role=THIRD_PARTY, idNumber=*********, phone=******}"),
                frozen(new FollowUp(), r -> r.termPerformance = List.of(TermPerformance.PERFORMED, TermPerformance.PARTLY),
                        "{orgUnit=甲orgUnit, disputeId=5dce176a-c173-35b6-aaab-9feab8a0764d, visitedOn=2025-10-27, fulfilment=NOT_FULFILLED, satisfaction=DISSATISFIED, note=甲note, termPerformance=[PERFORMED, PARTLY]}"),
                frozen(new Mediator(), r -> { },
                        "{orgUnit=甲orgUnit, committeeId=092a4f79-e76f-3de0-82a5-5bfa35c020ef, name=甲name, idNumber=*********, phone=******, employment=PART_TIME, termStart=2024-12-16, termEnd=2024-10-06}"),
                frozen(new RewardRate(), r -> { },
                        "{orgUnit=甲orgUnit, year=893, complexityGrade=MAJOR, amount=904.500}"),
                frozen(new Screening(), r -> { },
                        "{orgUnit=甲orgUnit, periodStart=2025-05-20, periodEnd=2026-06-09, disputesFound=955, zeroReport=true, note=甲note}"),
                frozen(new Training(), t -> t.attendances = List.of(attendance("00000000-0000-0000-0000-000000000002"), attendance("00000000-0000-0000-0000-000000000001")),
                        "{orgUnit=甲orgUnit, kind=ANNUAL, title=甲title, heldOn=2024-04-26, hours=71.5, attendees=[00000000-0000-0000-0000-000000000001, 00000000-0000-0000-0000-000000000002]}"),
                frozen(new TrainingAttendance(), r -> { },
                        "{orgUnit=甲orgUnit, mediatorId=3c3ebfda-7549-3320-b335-577af13bc009}"));
    }

    static TrainingAttendance attendance(String mediatorId) {
        TrainingAttendance a = new TrainingAttendance();
        a.mediatorId = java.util.UUID.fromString(mediatorId);
        return a;
    }
}
