package cn.daxiang.justice.mediation.sync;

import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.sync.RecordContent;
import cn.daxiang.justice.kit.sync.SyncAdapter;
import cn.daxiang.justice.mediation.api.TrainingInput;
import cn.daxiang.justice.mediation.domain.Training;
import cn.daxiang.justice.mediation.domain.TrainingAttendance;
import cn.daxiang.justice.mediation.mapping.StaffMapper;
import cn.daxiang.justice.mediation.service.MediatorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Training sessions through township sync, with their attendees inside the record as in the API. */
@ApplicationScoped
public class TrainingSyncAdapter implements SyncAdapter<Training, TrainingInput> {

    @Inject
    MediatorService mediators;

    @Override
    public String resource() {
        return "trainings";
    }

    @Override
    public Class<Training> entityType() {
        return Training.class;
    }

    @Override
    public Class<TrainingInput> inputType() {
        return TrainingInput.class;
    }

    @Override
    public UUID id(TrainingInput input) {
        return input.id();
    }

    @Override
    public Long version(TrainingInput input) {
        return input.version();
    }

    @Override
    public String orgUnit(TrainingInput input) {
        return input.orgUnit();
    }

    @Override
    public Training create(TrainingInput input) {
        return mediators.createTrainingEntity(input);
    }

    @Override
    public void update(Training current, TrainingInput input) {
        mediators.applyTrainingUpdate(current, input);
    }

    @Override
    public Object view(Training entity, Disclosure disclosure) {
        return StaffMapper.toView(entity);
    }

    @Override
    public boolean sameContent(Training current, TrainingInput input) {
        Training candidate = new Training();
        StaffMapper.apply(input, candidate);
        // attendance is a set (one per mediator), kept in the order it was recorded
        if (input.attendeeIds().size() != current.attendances.size()
                || !attendees(current).equals(attendees(candidate))
                || current.attendances.stream().anyMatch(a -> !a.orgUnit.equals(candidate.orgUnit))) {
            return false;
        }
        candidate.attendances = current.attendances;
        return RecordContent.same(current, candidate);
    }

    private static Set<UUID> attendees(Training t) {
        return t.attendances.stream().map((TrainingAttendance a) -> a.mediatorId).collect(Collectors.toSet());
    }
}
