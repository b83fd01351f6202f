package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.ResettlementInput;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.corrections.service.ResettlementService;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Resettlement persons over sync, through the same service methods as the API's POST and PUT. */
@ApplicationScoped
public class ResettlementSyncAdapter implements SyncAdapter<ResettlementPerson, ResettlementInput> {

    @Inject
    ResettlementService service;

    @Override
    public String resource() {
        return "resettlement-persons";
    }

    @Override
    public Class<ResettlementPerson> entityType() {
        return ResettlementPerson.class;
    }

    @Override
    public Class<ResettlementInput> inputType() {
        return ResettlementInput.class;
    }

    @Override
    public UUID id(ResettlementInput input) {
        return input.id();
    }

    @Override
    public Long version(ResettlementInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(ResettlementInput input) {
        return input.orgUnit();
    }

    @Override
    public ResettlementPerson create(ResettlementInput input) {
        return service.createEntity(input);
    }

    @Override
    public void update(ResettlementPerson current, ResettlementInput input) {
        service.applyUpdate(current, input);
    }

    @Override
    public Object view(ResettlementPerson entity, Disclosure disclosure) {
        return CorrectionsMapper.toView(entity, disclosure);
    }

    @Override
    public boolean sameContent(ResettlementPerson current, ResettlementInput input) {
        ResettlementPerson candidate = new ResettlementPerson();
        ResettlementService.apply(input, candidate);
        // the link to a handed-over subject is set by the hand-over action, never by an upload
        candidate.subjectId = current.subjectId;
        return RecordContent.same(current, candidate);
    }
}
