package cn.daxiang.justice.legalaid.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.legalaid.api.ConsultationInput;
import cn.daxiang.justice.legalaid.domain.Consultation;
import cn.daxiang.justice.legalaid.mapping.LegalAidMapper;
import cn.daxiang.justice.legalaid.service.ConsultationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Consultations over township sync, through {@link ConsultationService}'s own create and update paths. */
@ApplicationScoped
public class ConsultationSyncAdapter implements SyncAdapter<Consultation, ConsultationInput> {

    @Inject
    ConsultationService consultations;

    @Override
    public String resource() {
        return "consultations";
    }

    @Override
    public Class<Consultation> entityType() {
        return Consultation.class;
    }

    @Override
    public Class<ConsultationInput> inputType() {
        return ConsultationInput.class;
    }

    @Override
    public UUID id(ConsultationInput input) {
        return input.id();
    }

    @Override
    public Long version(ConsultationInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(ConsultationInput input) {
        return input.orgUnit();
    }

    @Override
    public Consultation create(ConsultationInput input) {
        return consultations.createEntity(input);
    }

    @Override
    public void update(Consultation current, ConsultationInput input) {
        consultations.applyUpdate(current, input);
    }

    @Override
    public Object view(Consultation entity, Disclosure disclosure) {
        return LegalAidMapper.toView(entity);
    }

    @Override
    public boolean sameContent(Consultation current, ConsultationInput input) {
        Consultation candidate = new Consultation();
        LegalAidMapper.apply(input, candidate);
        return RecordContent.same(current, candidate);
    }
}
