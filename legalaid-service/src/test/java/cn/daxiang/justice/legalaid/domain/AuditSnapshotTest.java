package cn.daxiang.justice.legalaid.domain;

import cn.daxiang.justice.devsupport.FrozenAuditTrail;
import org.junit.jupiter.params.provider.Arguments;

import java.util.List;
import java.util.stream.Stream;

/** Every record type of this line, in {@link FrozenAuditTrail}. */
class AuditSnapshotTest extends FrozenAuditTrail {

    static Stream<Arguments> records() {
        return Stream.of(
                frozen(new Application(), r -> { },
                        "{orgUnit=甲orgUnit, applicantName=甲*************, applicantIdNumber=甲APPLI********MBER, applicantPhone=甲ap********hone, channel=TRANSFERRED, matter=甲matter, category=PLEA_WITNESS, hardshipBasis=甲hardshipBasis, hardshipExemption=OTHER_EXEMPT, recipientCategories=[], receivedOn=2024-12-18, reviewDueOn=2024-07-22, status=REFUSED, materialsRequested=甲materialsRequested, materialsRequestedOn=2024-05-17, materialsReceivedOn=2024-01-29, decidedOn=2025-06-23, refusalReason=甲refusalReason, firstDecision=REFUSED, firstDecidedOn=2025-07-01, noticeReceivedOn=2024-10-23, notifyingOrgan=POLICE, noticeKind=REPRESENTATION, noticeDocumentNumber=甲noticeDocumentNumber, reopenedOn=2024-01-20, reopenedByObjection=1106e4a8-26c0-342e-b120-178d8aa75b5d, caseId=024df0ae-fa74-30c0-a380-236c82ef364d}"),
                frozen(new CaseReview(), r -> { },
                        "{orgUnit=甲orgUnit, caseId=024df0ae-fa74-30c0-a380-236c82ef364d, kind=CENTER, reviewedOn=2025-11-25, score=530, result=FAILED, requiredFixes=甲requiredFixes}"),
                frozen(new Consultation(), r -> { },
                        "{orgUnit=甲orgUnit, consultedOn=2024-07-05, channel=ONLINE, topic=甲topic}"),
                frozen(new DutyLawyerService(), r -> { },
                        "{orgUnit=甲orgUnit, providerId=d9f144a5-1454-3ae0-8eb8-4ab3ade674a5, servicePointId=408463d1-56fb-38d1-be71-4d542fb980da, servedOn=2025-02-24, kind=FILE_REVIEW, suspectName=甲***********, notes=***}"),
                frozen(new FollowUp(), r -> { },
                        "{orgUnit=甲orgUnit, caseId=024df0ae-fa74-30c0-a380-236c82ef364d, followUpOn=2024-10-02, satisfied=true, notes=甲notes}"),
                frozen(new LegalAidCase(), r -> { },
                        "{orgUnit=甲orgUnit, applicationId=d223b3fb-d9e1-3e77-a8cf-10b5271013a0, category=PLEA_WITNESS, complexity=GROUP_LITIGATION, acceptedOn=2024-10-13, noticeReceivedOn=2024-10-23, status=TERMINATED, providerId=d9f144a5-1454-3ae0-8eb8-4ab3ade674a5, assignedOn=2025-04-22, hearingAttended=true, hearingOn=2026-06-02, closedOn=2024-10-18, result=甲result, terminatedOn=2026-07-19, terminationReason=ADVANCE_AID_REFUSED, terminationNote=甲terminationNote, advanceGround=OTHER_STATUTORY, advanceReviewedOn=2026-05-14, advanceReviewResult=REFUSED}"),
                frozen(new Provider(), p -> p.specialties = List.of("刑事", "婚姻家庭"),
                        "{orgUnit=甲orgUnit, kind=GRASSROOTS_LEGAL_WORKER, name=甲name, firm=甲firm, licenceNumber=甲licenceNumber, specialties=[刑事, 婚姻家庭], senior=true}"),
                frozen(new ServicePoint(), r -> { },
                        "{orgUnit=甲orgUnit, level=WORK_POINT, name=甲name, address=甲address, status=CLOSED, openedOn=2024-05-24, closedOn=2024-10-18}"));
    }
}
