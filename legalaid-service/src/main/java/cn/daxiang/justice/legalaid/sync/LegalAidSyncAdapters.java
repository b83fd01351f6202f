package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.approval.Approval;
import cn.daxiang.justice.kit.approval.ApprovalSyncInput;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.attachment.Attachment;
import cn.daxiang.justice.kit.attachment.AttachmentSyncInput;
import cn.daxiang.justice.kit.attachment.Attachments;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.kit.sync.SyncAdapters;
import cn.daxiang.justice.legalaid.api.ApplicationInput;
import cn.daxiang.justice.legalaid.api.ConsultationInput;
import cn.daxiang.justice.legalaid.api.DutyLawyerServiceInput;
import cn.daxiang.justice.legalaid.api.ObjectionSyncInput;
import cn.daxiang.justice.legalaid.api.ProviderInput;
import cn.daxiang.justice.legalaid.api.ServicePointInput;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.CaseReview;
import cn.daxiang.justice.legalaid.domain.Consultation;
import cn.daxiang.justice.legalaid.domain.DutyLawyerService;
import cn.daxiang.justice.legalaid.domain.FollowUp;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.domain.Objection;
import cn.daxiang.justice.legalaid.domain.Provider;
import cn.daxiang.justice.legalaid.domain.ServicePoint;
import cn.daxiang.justice.legalaid.domain.SubsidyPayment;
import cn.daxiang.justice.legalaid.domain.SubsidyRate;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import cn.daxiang.justice.legalaid.mapping.ServicePointMapper;
import cn.daxiang.justice.legalaid.service.ApplicationService;
import cn.daxiang.justice.legalaid.service.CaseService;
import cn.daxiang.justice.legalaid.service.ConsultationService;
import cn.daxiang.justice.legalaid.service.DutyLawyerServices;
import cn.daxiang.justice.legalaid.service.ObjectionService;
import cn.daxiang.justice.legalaid.service.ProviderService;
import cn.daxiang.justice.legalaid.service.ServicePointService;
import cn.daxiang.justice.legalaid.service.SubsidyPaymentService;
import cn.daxiang.justice.legalaid.service.SubsidyRateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The legal aid line's sync resources, each through the same service methods as the API's POST and
 * PUT; cases are download only ({@link CaseSyncAdapter}).
 */
@ApplicationScoped
public class LegalAidSyncAdapters {

    @Inject
    CallerScope caller;

    @Inject
    Deadlines deadlines;

    @Produces
    @Singleton
    SyncAdapter<Application, ApplicationInput> applications(ApplicationService applications) {
        return SyncAdapters.of("applications", Application.class, ApplicationInput.class)
                .create(applications::createEntity).update(applications::applyUpdate)
                // The API's own rule: a decided (accepted or refused) application cannot be deleted.
                .beforeDelete(applications::requireDeletable)
                .view((a, disclosure) -> LegalAidMapper.toView(a, disclosure, deadlines.of(a)))
                // The client controls the registration fields (the notice date among them); status, deadlines and
                // decisions are the server's: the review's due date is the kit's clock on the candidate's dates.
                .applyWith((input, candidate, current) -> {
                    LegalAidMapper.apply(input, candidate);
                    candidate.status = current.status;
                    candidate.materialsRequested = current.materialsRequested;
                    candidate.materialsRequestedOn = current.materialsRequestedOn;
                    candidate.materialsReceivedOn = current.materialsReceivedOn;
                    candidate.decidedOn = current.decidedOn;
                    candidate.refusalReason = current.refusalReason;
                    candidate.caseId = current.caseId;
                    candidate.reopenedOn = current.reopenedOn;
                    candidate.reopenedByObjection = current.reopenedByObjection;
                    candidate.reviewDueOn = applications.reviewDueOn(candidate);
                }).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Consultation, ConsultationInput> consultations(ConsultationService consultations) {
        return SyncAdapters.of("consultations", Consultation.class, ConsultationInput.class)
                .create(consultations::createEntity).update(consultations::applyUpdate)
                .plainView(LegalAidMapper::toView).apply(LegalAidMapper::apply).build();
    }

    @Produces
    @Singleton
    SyncAdapter<DutyLawyerService, DutyLawyerServiceInput> dutyLawyerServices(DutyLawyerServices services) {
        return SyncAdapters.of("duty-lawyer-services", DutyLawyerService.class, DutyLawyerServiceInput.class)
                .create(services::createEntity).update(services::applyUpdate)
                .view(LegalAidMapper::toView).apply(LegalAidMapper::apply).build();
    }

    @Produces
    @Singleton
    SyncAdapter<Provider, ProviderInput> providers(ProviderService providers) {
        return SyncAdapters.of("providers", Provider.class, ProviderInput.class)
                .create(providers::createEntity).update(providers::applyUpdate)
                .plainView(LegalAidMapper::toView)
                // The specialties are a collection (a Hibernate bag compares by identity): compared as plain lists.
                .sameContent((current, input) -> {
                    Provider candidate = new Provider();
                    LegalAidMapper.apply(input, candidate);
                    List<String> wanted = candidate.specialties == null ? List.of() : List.copyOf(candidate.specialties);
                    List<String> have = current.specialties == null ? List.of() : List.copyOf(current.specialties);
                    if (!Objects.equals(wanted, have)) {
                        return false;
                    }
                    candidate.specialties = current.specialties;
                    return RecordContent.same(current, candidate);
                }).build();
    }

    /** The mapper's own checks (closing date) apply here too: an invalid input is rejected, never "unchanged". */
    @Produces
    @Singleton
    SyncAdapter<ServicePoint, ServicePointInput> servicePoints(ServicePointService points) {
        return SyncAdapters.of("service-points", ServicePoint.class, ServicePointInput.class)
                .create(points::createEntity).update(points::applyUpdate)
                .plainView(ServicePointMapper::toView).apply(ServicePointMapper::apply).build();
    }

    @Produces
    @Singleton
    SyncAdapter<CaseReview, ReviewSyncInput> reviews(CaseService cases) {
        return SyncAdapters.of("reviews", CaseReview.class, ReviewSyncInput.class)
                .orgUnit(input -> caseOrgUnit(input.caseId()))
                .create(input -> cases.reviewEntity(input.caseId(), input.toApiInput()))
                .enteredOnce("评查记录登记后不能修改；如有错误，请删除后重新登记")
                .plainView(LegalAidMapper::toView)
                .sameContent((current, input) -> Objects.equals(current.caseId, input.caseId()) && current.kind == input.kind()
                        && Objects.equals(current.reviewedOn, input.reviewedOn()) && Objects.equals(current.score, input.score())
                        && current.result == input.result() && Objects.equals(current.requiredFixes, LegalAidMapper.blankToNull(input.requiredFixes())))
                .build();
    }

    @Produces
    @Singleton
    SyncAdapter<FollowUp, FollowUpSyncInput> followUps(CaseService cases) {
        return SyncAdapters.of("follow-ups", FollowUp.class, FollowUpSyncInput.class)
                .orgUnit(input -> caseOrgUnit(input.caseId()))
                .create(input -> cases.followUpEntity(input.caseId(), input.toApiInput()))
                .enteredOnce("回访记录登记后不能修改；如有错误，请删除后重新登记")
                .plainView(LegalAidMapper::toView)
                .sameContent((current, input) -> Objects.equals(current.caseId, input.caseId())
                        && Objects.equals(current.followUpOn, input.followUpOn())
                        && Objects.equals(current.satisfied, input.satisfied()) && Objects.equals(current.notes, LegalAidMapper.blankToNull(input.notes())))
                .build();
    }

    /**
     * Objections name their refused application; a pending one may be corrected or deleted, a decided one is
     * REJECTED as the API rejects it (the decision is the bureau's, through the API, never synced).
     */
    @Produces
    @Singleton
    SyncAdapter<Objection, ObjectionSyncInput> objections(ObjectionService objections) {
        return SyncAdapters.of("objections", Objection.class, ObjectionSyncInput.class)
                .orgUnit(input -> applicationOrgUnit(input.applicationId()))
                .create(objections::createEntity).update(objections::applyUpdate)
                .beforeDelete(objections::requireDeletable)
                .plainView(objections::view)
                .applyWith((input, candidate, current) -> {
                    objections.apply(input, candidate);
                    candidate.orgUnit = current.orgUnit;
                    candidate.applicationId = input.applicationId();
                    candidate.status = current.status;
                    candidate.decidedOn = current.decidedOn;
                    candidate.decision = current.decision;
                    candidate.decisionReason = current.decisionReason;
                }).build();
    }

    /** Subsidy rates are the district's, entered through the API: a change feed (a township needs them online only). */
    @Produces
    @Singleton
    SyncAdapter<SubsidyRate, DistrictRecordSyncInput> subsidyRates(SubsidyRateService rates) {
        return feedOnly("subsidy-rates", SubsidyRate.class, rates::view, "办案补贴标准由区局通过接口录入，不能上传");
    }

    /** Payments come from their request and approval through the API: a change feed (a township's own in its range). */
    @Produces
    @Singleton
    SyncAdapter<SubsidyPayment, DistrictRecordSyncInput> subsidyPayments(SubsidyPaymentService payments) {
        return feedOnly("subsidy-payments", SubsidyPayment.class, payments::view, "办案补贴发放记录通过申请、审批和发放接口办理，不能上传");
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

    /** A resource whose records are written through the API only: every upload is refused, the feed serves them. */
    private <E extends AuditedRecord> SyncAdapter<E, DistrictRecordSyncInput> feedOnly(String resource, Class<E> type,
                                                                                      Function<E, ?> view, String refused) {
        return SyncAdapters.of(resource, type, DistrictRecordSyncInput.class)
                .orgUnit(input -> caller.orgUnit())
                .create(input -> {
                    throw ApiException.conflict(refused);
                })
                .enteredOnce(refused).sameContent((current, input) -> false)
                .beforeDelete(current -> {
                    throw ApiException.conflict(refused);
                })
                .plainView(view).build();
    }

    /** The application's org unit; for an unknown application the caller's own, so that the API path answers "not found". */
    String applicationOrgUnit(UUID applicationId) {
        Application a = applicationId == null ? null : Application.findById(applicationId);
        return a == null ? caller.orgUnit() : a.orgUnit;
    }

    /** The case's org unit; for an unknown case the caller's own, so that the API path answers "not found". */
    String caseOrgUnit(UUID caseId) {
        LegalAidCase c = LegalAidCase.findById(caseId);
        return c == null ? caller.orgUnit() : c.orgUnit;
    }
}
