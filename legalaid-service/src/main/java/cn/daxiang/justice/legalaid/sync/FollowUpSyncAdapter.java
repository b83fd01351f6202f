package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.sync.EnteredOnceSyncAdapter;
import cn.daxiang.justice.legalaid.domain.FollowUp;
import cn.daxiang.justice.legalaid.domain.LegalAidCase;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import cn.daxiang.justice.legalaid.service.CaseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * Follow-up calls (回访) through township sync, created as the API's {@code POST /cases/{id}/follow-ups}
 * creates them. The API has no way to change one, so neither has sync: a changed follow-up is
 * refused (a replay of the same one is UNCHANGED); a wrong one is deleted and entered again.
 */
@ApplicationScoped
public class FollowUpSyncAdapter extends EnteredOnceSyncAdapter<FollowUp, FollowUpSyncInput> {

    public FollowUpSyncAdapter() {
        super("follow-ups", FollowUp.class, FollowUpSyncInput.class, "回访记录登记后不能修改；如有错误，请删除后重新登记");
    }

    @Inject
    CaseService cases;

    @Inject
    CallerScope caller;

    /** The case's org unit; for an unknown case the caller's own, so that the API path answers "not found". */
    @Override
    public String orgUnit(FollowUpSyncInput input) {
        LegalAidCase c = LegalAidCase.findById(input.caseId());
        return c == null ? caller.orgUnit() : c.orgUnit;
    }

    @Override
    public FollowUp create(FollowUpSyncInput input) {
        return cases.followUpEntity(input.caseId(), input.toApiInput());
    }

    @Override
    public Object view(FollowUp entity, Disclosure disclosure) {
        return LegalAidMapper.toView(entity);
    }

    @Override
    public boolean sameContent(FollowUp current, FollowUpSyncInput input) {
        String notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
        return Objects.equals(current.caseId, input.caseId()) && Objects.equals(current.followUpOn, input.followUpOn())
                && Objects.equals(current.satisfied, input.satisfied()) && Objects.equals(current.notes, notes);
    }
}
