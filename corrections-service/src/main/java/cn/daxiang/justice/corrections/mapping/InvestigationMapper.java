package cn.daxiang.justice.corrections.mapping;

import cn.daxiang.justice.corrections.api.InvestigationInput;
import cn.daxiang.justice.corrections.api.InvestigationView;
import cn.daxiang.justice.corrections.domain.Investigation;
import cn.daxiang.justice.corrections.domain.InvestigationStatus;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.personal.Disclosure;

import java.util.List;

/** Between the investigation entity and what the API sends and receives. */
public final class InvestigationMapper {

    private InvestigationMapper() {
    }

    public static InvestigationView toView(Investigation i, Disclosure d, List<Deadline> deadlines) {
        return new InvestigationView(i.id, i.orgUnit, i.version, i.entrustingAuthority, i.entrustingOrgan,
                d.name(i.personName), d.idNumber(i.personIdNumber),
                i.entrustedOn, i.expedited, i.completedOn, i.opinion,
                i.completedOn == null ? InvestigationStatus.PENDING : InvestigationStatus.COMPLETED, deadlines,
                i.createdAt, i.updatedAt);
    }

    public static void apply(InvestigationInput input, Investigation i) {
        i.orgUnit = input.orgUnit();
        i.entrustingAuthority = input.entrustingAuthority();
        i.entrustingOrgan = input.entrustingOrgan().strip();
        i.personName = input.personName().strip();
        i.personIdNumber = ResidentIdNumber.normalize(input.personIdNumber());
        i.entrustedOn = input.entrustedOn();
        i.expedited = Boolean.TRUE.equals(input.expedited());
        i.completedOn = input.completedOn();
        i.opinion = input.opinion();
    }
}
