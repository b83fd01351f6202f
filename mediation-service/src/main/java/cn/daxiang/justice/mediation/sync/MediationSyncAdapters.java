package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.approval.Approval;
import cn.daxiang.justice.kit.approval.ApprovalSyncInput;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.attachment.Attachment;
import cn.daxiang.justice.kit.attachment.AttachmentSyncInput;
import cn.daxiang.justice.kit.attachment.Attachments;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.kit.sync.SyncAdapters;
import cn.daxiang.justice.mediation.api.CommitteeInput;
import cn.daxiang.justice.mediation.api.DisputeInput;
import cn.daxiang.justice.mediation.api.MediatorInput;
import cn.daxiang.justice.mediation.api.ScreeningInput;
import cn.daxiang.justice.mediation.api.TrainingInput;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeMediator;
import cn.daxiang.justice.mediation.domain.DisputeParty;
import cn.daxiang.justice.mediation.domain.FollowUp;
import cn.daxiang.justice.mediation.domain.Mediator;
import cn.daxiang.justice.mediation.domain.RewardPayment;
import cn.daxiang.justice.mediation.domain.Screening;
import cn.daxiang.justice.mediation.domain.Training;
import cn.daxiang.justice.mediation.domain.TrainingAttendance;
import cn.daxiang.justice.mediation.mapping.CommitteeMapper;
import cn.daxiang.justice.mediation.mapping.DisputeMapper;
import cn.daxiang.justice.mediation.mapping.StaffMapper;
import cn.daxiang.justice.mediation.service.CommitteeService;
import cn.daxiang.justice.mediation.service.DisputeService;
import cn.daxiang.justice.mediation.service.MediatorService;
import cn.daxiang.justice.mediation.service.RewardPaymentService;
import cn.daxiang.justice.mediation.service.ScreeningService;
import cn.daxiang.justice.mediation.service.TrainingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mediation line's sync resources, each through the same service methods as the API's POST and
 * PUT. Reward rates are set by the district, not by offices: they do not sync.
 */
@ApplicationScoped
public class MediationSyncAdapters {

    @Produces
    @Singleton
    SyncAdapter<Committee, CommitteeInput> committees(CommitteeService committees) {
        return SyncAdapters.of("committees", Committee.class, CommitteeInput.class)
                .create(committees::createEntity).update(committees::applyUpdate)
                .plainView(CommitteeMapper::toView)
                // the follow-up rule stays when an upload does not send it
                .applyWith((input, candidate, current) -> {
                    candidate.followUpWithinDays = current.followUpWithinDays;
                    CommitteeMapper.apply(input, candidate);
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Mediator, MediatorInput> mediators(MediatorService mediators) {
        return SyncAdapters.of("mediators", Mediator.class, MediatorInput.class)
                .orgUnit(MediatorService::committeeOrgUnit)
                .create(mediators::createEntity).update(mediators::applyUpdate)
                .view(StaffMapper::toView).apply(mediators::apply).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Training, TrainingInput> trainings(TrainingService trainings) {
        return SyncAdapters.of("trainings", Training.class, TrainingInput.class)
                .create(trainings::createEntity).update(trainings::applyUpdate)
                .plainView(StaffMapper::toView)
                .sameContent((current, input) -> {
                    Training candidate = new Training();
                    StaffMapper.apply(input, candidate);
                    // attendance is a set (one per mediator), kept in the order it was recorded
                    if (input.attendeeIds().size() != current.attendances.size()
                            || !attendees(current).equals(attendees(candidate))
                            || current.attendances.stream().anyMatch(a -> !a.orgUnit.equals(candidate.orgUnit))) {
                        return false;
                    }
                    candidate.attendances = current.attendances;
                    return RecordContent.same(current, candidate);
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Dispute, DisputeInput> disputes(DisputeService disputes) {
        return SyncAdapters.of("disputes", Dispute.class, DisputeInput.class)
                .create(disputes::createEntity).update(disputes::applyUpdate)
                // The API's own rule: an archived dossier cannot be deleted (REJECTED with the reason).
                .beforeDelete(disputes::requireDeletable)
                .view(DisputeMapper::toView)
                .sameContent((current, input) -> {
                    Dispute candidate = new Dispute();
                    // the extension and the confirmation keep their values when the input does not send them
                    candidate.extendedUntil = current.extendedUntil;
                    candidate.extensionReason = current.extensionReason;
                    candidate.confirmationSought = current.confirmationSought;
                    candidate.confirmationAppliedOn = current.confirmationAppliedOn;
                    candidate.confirmationCourt = current.confirmationCourt;
                    candidate.referringOrgan = current.referringOrgan;
                    candidate.referralDocumentNumber = current.referralDocumentNumber;
                    candidate.referralReceivedOn = current.referralReceivedOn;
                    DisputeMapper.apply(input, candidate);
                    if (!sameParties(current.parties, candidate.parties) || !sameMediators(current.mediators, candidate.mediators)) {
                        return false;
                    }
                    // what only the actions set is the server's: carried over, so it never counts as a difference
                    candidate.status = current.status;
                    candidate.startedOn = current.startedOn;
                    candidate.concludedOn = current.concludedOn;
                    candidate.agreementForm = current.agreementForm;
                    candidate.agreementEffectiveOn = current.agreementEffectiveOn;
                    candidate.referral = current.referral;
                    candidate.conclusionNote = current.conclusionNote;
                    candidate.followUpWithinDays = current.followUpWithinDays;
                    candidate.archivedOn = current.archivedOn;
                    candidate.complexityGrade = current.complexityGrade;
                    candidate.dossierNumber = current.dossierNumber;
                    candidate.agreementMatters = current.agreementMatters;
                    candidate.performanceMethod = current.performanceMethod;
                    candidate.agreementDocumentNumber = current.agreementDocumentNumber;
                    candidate.confirmationRuling = current.confirmationRuling;
                    candidate.confirmationRuledOn = current.confirmationRuledOn;
                    candidate.confirmationCaseNumber = current.confirmationCaseNumber;
                    candidate.feedbackOn = current.feedbackOn;
                    candidate.feedbackContent = current.feedbackContent;
                    // the collections were compared above
                    candidate.parties = current.parties;
                    candidate.mediators = current.mediators;
                    candidate.terms = current.terms;
                    return RecordContent.same(current, candidate);
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Screening, ScreeningInput> screenings(ScreeningService screenings) {
        return SyncAdapters.of("screenings", Screening.class, ScreeningInput.class)
                .create(screenings::createEntity).update(screenings::applyUpdate)
                .plainView(screenings::view).apply(screenings::apply).build();
    }

    /** Created under a concluded dispute, never changed, as in the API. */
    @Produces
    @Singleton
    SyncAdapter<FollowUp, FollowUpSyncInput> followUps(DisputeService disputes) {
        return SyncAdapters.of("follow-ups", FollowUp.class, FollowUpSyncInput.class)
                .orgUnit(input -> {
                    Dispute d = Dispute.findById(input.disputeId());
                    return d == null ? null : d.orgUnit;
                })
                .create(input -> disputes.followUpEntity(input.disputeId(), input.toApiInput()))
                .enteredOnce("回访记录登记后不能修改；如有错误，请删除后重新登记")
                .plainView(DisputeMapper::toView)
                .sameContent((current, input) -> Objects.equals(current.disputeId, input.disputeId())
                        && Objects.equals(current.visitedOn, input.visitedOn())
                        && (input.fulfilment() == null || current.fulfilment == input.fulfilment())
                        && Objects.equals(current.termPerformance, input.termPerformance() == null || input.termPerformance().isEmpty()
                                ? null : input.termPerformance())
                        && current.satisfaction == input.satisfaction()
                        && Objects.equals(current.note, input.note())).build();
    }

    /** Payment batches: a change feed only; a batch is drawn up from the server's computation and decided through approvals. */
    @Produces
    @Singleton
    SyncAdapter<RewardPayment, RewardPaymentSyncInput> rewardPayments(RewardPaymentService payments) {
        String refused = "以奖代补发放批次由核算生成、经审批发放，不能上传";
        return SyncAdapters.of("reward-payments", RewardPayment.class, RewardPaymentSyncInput.class)
                .orgUnit(input -> payments.orgUnitOf(input.id()))
                .create(input -> {
                    throw ApiException.conflict(refused);
                })
                .enteredOnce(refused).sameContent((current, input) -> false)
                .beforeDelete(payments::refuseDelete)
                .view(payments::view).build();
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

    static Set<UUID> attendees(Training t) {
        return t.attendances.stream().map((TrainingAttendance a) -> a.mediatorId).collect(Collectors.toSet());
    }

    static boolean sameParties(List<DisputeParty> current, List<DisputeParty> candidate) {
        if (current.size() != candidate.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            DisputeParty a = current.get(i);
            DisputeParty b = candidate.get(i);
            if (!Objects.equals(a.name, b.name) || a.role != b.role || !Objects.equals(a.idNumber, b.idNumber)
                    || !Objects.equals(a.phone, b.phone) || !Objects.equals(a.orgUnit, b.orgUnit)) {
                return false;
            }
        }
        return true;
    }

    static boolean sameMediators(List<DisputeMediator> current, List<DisputeMediator> candidate) {
        if (current.size() != candidate.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            if (!Objects.equals(current.get(i).mediatorId, candidate.get(i).mediatorId)
                    || !Objects.equals(current.get(i).orgUnit, candidate.get(i).orgUnit)) {
                return false;
            }
        }
        return true;
    }
}
