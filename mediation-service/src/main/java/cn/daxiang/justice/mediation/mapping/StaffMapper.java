package cn.daxiang.justice.mediation.mapping;

import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.mediation.api.MediatorInput;
import cn.daxiang.justice.mediation.api.MediatorView;
import cn.daxiang.justice.mediation.api.TrainingInput;
import cn.daxiang.justice.mediation.api.TrainingView;
import cn.daxiang.justice.mediation.domain.Mediator;
import cn.daxiang.justice.mediation.domain.Training;
import cn.daxiang.justice.mediation.domain.TrainingAttendance;

import java.util.List;
import java.util.UUID;

/** Mediators and trainings, between entities and the API. */
public final class StaffMapper {

    private StaffMapper() {
    }

    public static MediatorView toView(Mediator m, Disclosure d) {
        return new MediatorView(m.id, m.orgUnit, m.version, m.committeeId, d.name(m.name), d.idNumber(m.idNumber),
                d.phone(m.phone), m.employment, m.termStart, m.termEnd, m.createdAt, m.updatedAt);
    }

    public static void apply(MediatorInput input, String orgUnit, Mediator m) {
        m.orgUnit = orgUnit;
        m.committeeId = input.committeeId();
        m.name = input.name().strip();
        m.idNumber = ResidentIdNumber.normalize(input.idNumber());
        m.phone = input.phone() == null ? null : input.phone().strip();
        m.employment = input.employment();
        m.termStart = input.termStart();
        m.termEnd = input.termEnd();
    }

    public static TrainingView toView(Training t) {
        return new TrainingView(t.id, t.orgUnit, t.version, t.kind, t.title, t.heldOn, t.hours,
                t.attendances.stream().map(a -> a.mediatorId).toList(), t.createdAt, t.updatedAt);
    }

    public static void apply(TrainingInput input, Training t) {
        t.orgUnit = input.orgUnit();
        t.kind = input.kind();
        t.title = input.title().strip();
        t.heldOn = input.heldOn();
        t.hours = input.hours();
        List<UUID> ids = input.attendeeIds();
        t.attendances.removeIf(a -> !ids.contains(a.mediatorId));
        for (UUID id : ids) {
            TrainingAttendance a = t.attendances.stream().filter(x -> x.mediatorId.equals(id)).findFirst().orElse(null);
            if (a == null) {
                a = new TrainingAttendance();
                a.training = t;
                a.mediatorId = id;
                a.orgUnit = t.orgUnit;
                t.attendances.add(a);
            } else if (!a.orgUnit.equals(t.orgUnit)) {
                a.orgUnit = t.orgUnit;
                a.nextVersion();
            }
        }
    }
}
