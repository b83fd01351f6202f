package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.mediation.api.MediatorInput;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.domain.Mediator;
import cn.daxiang.justice.mediation.mapping.StaffMapper;
import cn.daxiang.justice.mediation.service.MediatorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Mediators through township sync: the same create and update as the API's POST and PUT. A mediator
 * carries no org unit of its own: it is its committee's, so a mediator of an unknown committee, or of
 * one outside the caller's scope, is out of scope.
 */
@ApplicationScoped
public class MediatorSyncAdapter implements SyncAdapter<Mediator, MediatorInput> {

    @Inject
    MediatorService mediators;

    @Override
    public String resource() {
        return "mediators";
    }

    @Override
    public Class<Mediator> entityType() {
        return Mediator.class;
    }

    @Override
    public Class<MediatorInput> inputType() {
        return MediatorInput.class;
    }

    @Override
    public UUID id(MediatorInput input) {
        return input.id();
    }

    @Override
    public Long version(MediatorInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(MediatorInput input) {
        Committee committee = Committee.findById(input.committeeId());
        return committee == null ? null : committee.orgUnit;
    }

    @Override
    public Mediator create(MediatorInput input) {
        return mediators.createEntity(input);
    }

    @Override
    public void update(Mediator current, MediatorInput input) {
        mediators.applyUpdate(current, input);
    }

    @Override
    public Object view(Mediator entity, Disclosure disclosure) {
        return StaffMapper.toView(entity, disclosure);
    }

    @Override
    public boolean sameContent(Mediator current, MediatorInput input) {
        Mediator candidate = new Mediator();
        StaffMapper.apply(input, orgUnit(input), candidate);
        return RecordContent.same(current, candidate);
    }
}
