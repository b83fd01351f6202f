package cn.daxiang.justice.corrections.domain;

import cn.daxiang.justice.devsupport.FrozenAuditTrail;
import org.junit.jupiter.params.provider.Arguments;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Every record type of this line, in {@link FrozenAuditTrail}. */
class AuditSnapshotTest extends FrozenAuditTrail {

    static Stream<Arguments> records() {
        return Stream.of(
                // the search's steps are in the trail; the staff member's name is not masked
                frozen(new AbscondingCase(), c -> c.steps = List.of(new AbscondingStep(java.time.LocalDate.of(2021, 9, 2),
                                AbscondingStepKind.PHONE, "李明", "电话关机")),
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, discoveredOn=2024-12-25, discoveredHow=OTHER, circumstances=甲circumstances, steps=[AbscondingStep[takenOn=2021-09-02, kind=PHONE, takenBy=李明, note=电话关机]], status=ESCALATED, endedOn=2025-06-13, endNote=甲endNote, escalation=REVOCATION_PROPOSAL, escalatedTo=甲escalatedTo}"),
                frozen(new AssessmentScore(), r -> { },
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, month=2025-10-12, score=530, note=甲note}"),
                // no audit row is written for an attendance (its session's lists them); it gained orgUnit with the kit's snapshot
                // the risk assessment speaks of the crime, the psychology and the health: withheld like an offence
                frozen(new CorrectionPlan(), r -> { },
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, planVersion=703, drawnUpOn=2024-09-09, riskLevel=HIGH, riskAssessment=***, supervisionMeasures=甲supervisionMeasures, educationMeasures=甲educationMeasures, psychologicalMeasures=甲psychologicalMeasures, assistanceMeasures=甲assistanceMeasures, adjustmentReason=甲adjustmentReason, adoptedBy=甲adoptedBy, current=true}"),
                frozen(new EducationAttendance(), r -> { },
                        "{orgUnit=甲orgUnit, sessionId=d06f6e6e-9128-3239-bb73-58ff70124550, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a}"),
                frozen(new EducationSession(), s -> s.attendees = List.of(UUID.fromString("00000000-0000-0000-0000-000000000002"), UUID.fromString("00000000-0000-0000-0000-000000000001")),
                        "{orgUnit=甲orgUnit, heldOn=2024-04-26, topic=甲topic, kind=INDIVIDUAL, subjectIds=[00000000-0000-0000-0000-000000000001, 00000000-0000-0000-0000-000000000002]}"),
                frozen(new Investigation(), r -> { },
                        "{orgUnit=甲orgUnit, entrustingAuthority=PUBLIC_SECURITY, entrustingOrgan=甲entrustingOrgan, personName=甲**********, personIdNumber=***************, entrustedOn=2024-04-11, expedited=true, completedOn=2024-12-12, opinion=UNSUITABLE}"),
                frozen(new MedicalReview(), r -> { },
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, reviewedOn=2025-11-25, hospital=甲hospital, result=甲result, periodStartOn=2024-04-06}"),
                frozen(new Reward(), r -> { },
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, decidedOn=2025-06-23, decidedBy=甲decidedBy, reason=甲reason}"),
                frozen(new RemoteVisit(), r -> { },
                        "{orgUnit=甲orgUnit, visitedOn=2025-10-27, institution=甲institution, inmateName=甲**********, visitorKind=FAMILY_MEMBER, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, visitorName=甲***********, visitorRelation=甲visitorRelation}"),
                frozen(new ResettlementPerson(), p -> p.supportTeam = List.of(new SupportTeamMember("李四", "村干部", "13800000000")),
                        "{orgUnit=甲orgUnit, name=甲****, gender=FEMALE, idNumber=*********, source=CORRECTION_RELEASE, releasedOn=2025-02-16, receivedOn=2024-12-18, contactedOn=2025-12-27, noticeReceivedOn=2024-10-23, prisonName=甲prisonName, expectedReleaseOn=2024-10-05, handoverOn=2026-04-22, handoverMethod=NOT_REACHED, handoverBy=甲handoverBy, handoverDone=true, keyTarget=true, supportTeam=[李*/村干部], endedOn=2025-06-13, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a}"),
                // the one who visited acts in office: not masked, as a supervision record's conductedBy
                frozen(new ResettlementVisit(), r -> { },
                        "{orgUnit=甲orgUnit, personId=15c658d3-609c-3838-bffb-6318a341ec05, visitedOn=2025-10-27, visitedBy=甲visitedBy, kind=ASSISTANCE, result=甲result}"),
                frozen(new Subject(), r -> { },
                        "{orgUnit=甲orgUnit, name=甲****, gender=FEMALE, idNumber=*********, type=OUTSIDE_PRISON, offence=甲offence, sentence=甲sentence, decidingAuthority=甲decidingAuthority, correctionStart=2025-12-17, correctionEnd=2025-08-20, intakeDate=2025-02-14, judgmentEffectiveOn=2025-11-05, reportedOn=2026-02-01, outsidePrisonGround=UNABLE_TO_CARE, lastMedicalReviewOn=2026-08-04, supervisionLevel=LENIENT, status=TRANSFERRED, endedOn=2025-06-13, endReason=甲endReason, endNote=甲endNote}"),
                frozen(new SubjectLevel(), r -> { },
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, level=LENIENT, effectiveOn=2025-12-27, reason=甲reason}"),
                frozen(new SuspectedDuplicate(), r -> { },
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, existingSubjectId=0e82b86c-751f-3112-bc59-c34429d51264, status=DISMISSED, resolvedBy=甲resolvedBy, note=甲note}"),
                // a member's name and phone are masked, as a resettlement support team's are
                frozen(new TeamMember(), r -> { },
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, role=VOLUNTEER, name=甲****, phone=******, unit=甲unit, joinedOn=2026-09-11, leftOn=2024-12-16, letterSignedOn=2025-06-29}"),
                frozen(new Violation(), r -> { },
                        "{orgUnit=甲orgUnit, subjectId=f6c1c1b7-adf5-31d8-84a2-8ae69ad61a1a, occurredOn=2026-02-19, description=甲description, sanction=REVOCATION_PROPOSAL}"));
    }
}
