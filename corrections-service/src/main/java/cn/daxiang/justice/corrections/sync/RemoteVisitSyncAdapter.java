package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.RemoteVisitInput;
import cn.daxiang.justice.corrections.domain.RemoteVisit;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.service.RemoteVisitService;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Remote visits over sync, through the same service methods as the API's POST and PUT. */
@ApplicationScoped
public class RemoteVisitSyncAdapter implements SyncAdapter<RemoteVisit, RemoteVisitInput> {

    @Inject
    RemoteVisitService service;

    @Override
    public String resource() {
        return "remote-visits";
    }

    @Override
    public Class<RemoteVisit> entityType() {
        return RemoteVisit.class;
    }

    @Override
    public Class<RemoteVisitInput> inputType() {
        return RemoteVisitInput.class;
    }

    @Override
    public UUID id(RemoteVisitInput input) {
        return input.id();
    }

    @Override
    public Long version(RemoteVisitInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(RemoteVisitInput input) {
        return input.orgUnit();
    }

    @Override
    public RemoteVisit create(RemoteVisitInput input) {
        return service.createEntity(input);
    }

    @Override
    public void update(RemoteVisit current, RemoteVisitInput input) {
        service.applyUpdate(current, input);
    }

    @Override
    public Object view(RemoteVisit entity, Disclosure disclosure) {
        return CorrectionsMapper.toView(entity, disclosure);
    }

    @Override
    public boolean sameContent(RemoteVisit current, RemoteVisitInput input) {
        RemoteVisit candidate = new RemoteVisit();
        RemoteVisitService.apply(input, candidate);
        return RecordContent.same(current, candidate);
    }
}
