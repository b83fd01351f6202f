package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.EnteredOnceSyncAdapter;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.FollowUp;
import cn.daxiang.justice.mediation.mapping.DisputeMapper;
import cn.daxiang.justice.mediation.service.DisputeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * Follow-up visits through township sync. They are created as the API's {@code POST
 * /disputes/{id}/follow-up} creates them; the API has no way to change one, so neither has sync: a
 * changed follow-up is refused (a replay of the same one is UNCHANGED).
 */
@ApplicationScoped
public class FollowUpSyncAdapter extends EnteredOnceSyncAdapter<FollowUp, FollowUpSyncInput> {

    public FollowUpSyncAdapter() {
        super("follow-ups", FollowUp.class, FollowUpSyncInput.class, "回访记录登记后不能修改；如有错误，请删除后重新登记");
    }

    @Inject
    DisputeService disputes;

    @Override
    public String orgUnit(FollowUpSyncInput input) {
        Dispute d = Dispute.findById(input.disputeId());
        return d == null ? null : d.orgUnit;
    }

    @Override
    public FollowUp create(FollowUpSyncInput input) {
        return disputes.followUpEntity(input.disputeId(), input.toApiInput());
    }

    @Override
    public Object view(FollowUp entity, Disclosure disclosure) {
        return DisputeMapper.toView(entity);
    }

    @Override
    public boolean sameContent(FollowUp current, FollowUpSyncInput input) {
        return Objects.equals(current.disputeId, input.disputeId()) && Objects.equals(current.visitedOn, input.visitedOn())
                && current.fulfilment == input.fulfilment() && current.satisfaction == input.satisfaction()
                && Objects.equals(current.note, input.note());
    }
}
