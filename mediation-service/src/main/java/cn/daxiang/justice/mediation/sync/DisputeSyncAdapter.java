package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.mediation.api.DisputeInput;
import cn.daxiang.justice.mediation.domain.Dispute;
import cn.daxiang.justice.mediation.domain.DisputeMediator;
import cn.daxiang.justice.mediation.domain.DisputeParty;
import cn.daxiang.justice.mediation.mapping.DisputeMapper;
import cn.daxiang.justice.mediation.service.DisputeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Disputes through township sync, with their parties and assigned mediators inside the record as in
 * the API. Only the registration travels: the status and what the actions (start, conclude,
 * archive) set change only through those actions, exactly as with the API's PUT.
 */
@ApplicationScoped
public class DisputeSyncAdapter implements SyncAdapter<Dispute, DisputeInput> {

    @Inject
    DisputeService disputes;

    @Override
    public String resource() {
        return "disputes";
    }

    @Override
    public Class<Dispute> entityType() {
        return Dispute.class;
    }

    @Override
    public Class<DisputeInput> inputType() {
        return DisputeInput.class;
    }

    @Override
    public UUID id(DisputeInput input) {
        return input.id();
    }

    @Override
    public Long version(DisputeInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(DisputeInput input) {
        return input.orgUnit();
    }

    @Override
    public Dispute create(DisputeInput input) {
        return disputes.createEntity(input);
    }

    @Override
    public void update(Dispute current, DisputeInput input) {
        disputes.applyUpdate(current, input);
    }

    /** The API's own rule: an archived dossier cannot be deleted (REJECTED with the reason). */
    @Override
    public void beforeDelete(Dispute current) {
        disputes.requireDeletable(current);
    }

    @Override
    public Object view(Dispute entity, Disclosure disclosure) {
        return DisputeMapper.toView(entity, disclosure);
    }

    @Override
    public boolean sameContent(Dispute current, DisputeInput input) {
        Dispute candidate = new Dispute();
        DisputeMapper.apply(input, candidate);
        if (!sameParties(current.parties, candidate.parties) || !sameMediators(current.mediators, candidate.mediators)) {
            return false;
        }
        // what only the actions set is the server's: carried over, so it never counts as a difference
        candidate.status = current.status;
        candidate.startedOn = current.startedOn;
        candidate.concludedOn = current.concludedOn;
        candidate.agreementForm = current.agreementForm;
        candidate.referral = current.referral;
        candidate.conclusionNote = current.conclusionNote;
        candidate.archivedOn = current.archivedOn;
        candidate.complexityGrade = current.complexityGrade;
        candidate.dossierNumber = current.dossierNumber;
        // the collections were compared above
        candidate.parties = current.parties;
        candidate.mediators = current.mediators;
        return RecordContent.same(current, candidate);
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
