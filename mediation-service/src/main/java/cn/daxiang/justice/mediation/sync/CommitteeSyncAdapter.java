package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.mediation.api.CommitteeInput;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.mapping.CommitteeMapper;
import cn.daxiang.justice.mediation.service.CommitteeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Mediation committees through township sync: the same create and update as the API's POST and PUT. */
@ApplicationScoped
public class CommitteeSyncAdapter implements SyncAdapter<Committee, CommitteeInput> {

    @Inject
    CommitteeService committees;

    @Override
    public String resource() {
        return "committees";
    }

    @Override
    public Class<Committee> entityType() {
        return Committee.class;
    }

    @Override
    public Class<CommitteeInput> inputType() {
        return CommitteeInput.class;
    }

    @Override
    public UUID id(CommitteeInput input) {
        return input.id();
    }

    @Override
    public Long version(CommitteeInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(CommitteeInput input) {
        return input.orgUnit();
    }

    @Override
    public Committee create(CommitteeInput input) {
        return committees.createEntity(input);
    }

    @Override
    public void update(Committee current, CommitteeInput input) {
        committees.applyUpdate(current, input);
    }

    @Override
    public Object view(Committee entity, Disclosure disclosure) {
        return CommitteeMapper.toView(entity);
    }

    @Override
    public boolean sameContent(Committee current, CommitteeInput input) {
        Committee candidate = new Committee();
        CommitteeMapper.apply(input, candidate);
        return RecordContent.same(current, candidate);
    }
}
