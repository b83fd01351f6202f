package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.InvestigationInput;
import cn.daxiang.justice.corrections.domain.Investigation;
import cn.daxiang.justice.corrections.mapping.InvestigationMapper;
import cn.daxiang.justice.corrections.service.InvestigationService;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Investigations over sync, through the same service methods as the API's POST and PUT. */
@ApplicationScoped
public class InvestigationSyncAdapter implements SyncAdapter<Investigation, InvestigationInput> {

    @Inject
    InvestigationService investigations;

    @Override
    public String resource() {
        return "investigations";
    }

    @Override
    public Class<Investigation> entityType() {
        return Investigation.class;
    }

    @Override
    public Class<InvestigationInput> inputType() {
        return InvestigationInput.class;
    }

    @Override
    public UUID id(InvestigationInput input) {
        return input.id();
    }

    @Override
    public Long version(InvestigationInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(InvestigationInput input) {
        return input.orgUnit();
    }

    @Override
    public Investigation create(InvestigationInput input) {
        return investigations.createEntity(input);
    }

    @Override
    public void update(Investigation current, InvestigationInput input) {
        investigations.applyUpdate(current, input);
    }

    @Override
    public Object view(Investigation entity, Disclosure disclosure) {
        return InvestigationMapper.toView(entity, disclosure);
    }

    @Override
    public boolean sameContent(Investigation current, InvestigationInput input) {
        Investigation candidate = new Investigation();
        InvestigationMapper.apply(input, candidate);
        return RecordContent.same(current, candidate);
    }
}
