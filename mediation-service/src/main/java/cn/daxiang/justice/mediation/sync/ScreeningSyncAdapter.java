package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.mediation.api.ScreeningInput;
import cn.daxiang.justice.mediation.domain.Screening;
import cn.daxiang.justice.mediation.service.ScreeningRewardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Screening reports (矛盾纠纷排查) through township sync: the same create and update as the API's POST and PUT. */
@ApplicationScoped
public class ScreeningSyncAdapter implements SyncAdapter<Screening, ScreeningInput> {

    @Inject
    ScreeningRewardService screenings;

    @Override
    public String resource() {
        return "screenings";
    }

    @Override
    public Class<Screening> entityType() {
        return Screening.class;
    }

    @Override
    public Class<ScreeningInput> inputType() {
        return ScreeningInput.class;
    }

    @Override
    public UUID id(ScreeningInput input) {
        return input.id();
    }

    @Override
    public Long version(ScreeningInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(ScreeningInput input) {
        return input.orgUnit();
    }

    @Override
    public Screening create(ScreeningInput input) {
        return screenings.createScreeningEntity(input);
    }

    @Override
    public void update(Screening current, ScreeningInput input) {
        screenings.applyScreeningUpdate(current, input);
    }

    @Override
    public Object view(Screening entity, Disclosure disclosure) {
        return ScreeningRewardService.view(entity);
    }

    @Override
    public boolean sameContent(Screening current, ScreeningInput input) {
        Screening candidate = new Screening();
        ScreeningRewardService.apply(input, candidate);
        return RecordContent.same(current, candidate);
    }
}
