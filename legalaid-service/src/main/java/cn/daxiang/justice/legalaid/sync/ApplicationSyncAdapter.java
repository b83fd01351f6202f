package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.legalaid.api.ApplicationInput;
import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import cn.daxiang.justice.legalaid.service.ApplicationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Applications over township sync: created and corrected through {@link ApplicationService}'s own
 * create and update paths. Decisions (accept, refuse, request materials, materials received) are
 * life-cycle actions of the API, not sync operations; correcting a decided application is rejected
 * exactly as the API's PUT rejects it.
 */
@ApplicationScoped
public class ApplicationSyncAdapter implements SyncAdapter<Application, ApplicationInput> {

    @Inject
    ApplicationService applications;

    @Override
    public String resource() {
        return "applications";
    }

    @Override
    public Class<Application> entityType() {
        return Application.class;
    }

    @Override
    public Class<ApplicationInput> inputType() {
        return ApplicationInput.class;
    }

    @Override
    public UUID id(ApplicationInput input) {
        return input.id();
    }

    @Override
    public Long version(ApplicationInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(ApplicationInput input) {
        return input.orgUnit();
    }

    @Override
    public Application create(ApplicationInput input) {
        return applications.createEntity(input);
    }

    @Override
    public void update(Application current, ApplicationInput input) {
        applications.applyUpdate(current, input);
    }

    /** The API's own rule: a decided (accepted or refused) application cannot be deleted. */
    @Override
    public void beforeDelete(Application current) {
        applications.requireDeletable(current);
    }

    @Override
    public Object view(Application entity, Disclosure disclosure) {
        return LegalAidMapper.toView(entity, disclosure);
    }

    /** The client controls the registration fields; status, deadlines and decisions are the server's. */
    @Override
    public boolean sameContent(Application current, ApplicationInput input) {
        Application candidate = new Application();
        LegalAidMapper.apply(input, candidate);
        candidate.reviewDueOn = ApplicationService.reviewDueOn(current, input.receivedOn());
        candidate.status = current.status;
        candidate.materialsRequested = current.materialsRequested;
        candidate.materialsRequestedOn = current.materialsRequestedOn;
        candidate.materialsReceivedOn = current.materialsReceivedOn;
        candidate.decidedOn = current.decidedOn;
        candidate.refusalReason = current.refusalReason;
        candidate.caseId = current.caseId;
        return RecordContent.same(current, candidate);
    }
}
