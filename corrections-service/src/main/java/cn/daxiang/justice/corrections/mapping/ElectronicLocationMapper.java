package cn.daxiang.justice.corrections.mapping;

import cn.daxiang.justice.corrections.api.ElectronicLocationInput;
import cn.daxiang.justice.corrections.api.ElectronicLocationView;
import cn.daxiang.justice.corrections.domain.ElectronicLocation;
import cn.daxiang.justice.kit.clock.Deadline;

import java.util.List;

/** Between electronic-location records and what the API sends and receives. */
public final class ElectronicLocationMapper {

    private ElectronicLocationMapper() {
    }

    /** The decision's fields; what the renewal and end actions set is theirs. */
    public static void apply(ElectronicLocationInput input, ElectronicLocation e) {
        e.decidedOn = input.decidedOn();
        e.approvedBy = input.approvedBy().strip();
        e.reason = input.reason();
        e.startsOn = input.startsOn();
        e.endsOn = input.endsOn();
    }

    /** What only the actions set, kept from the stored record (sync's candidate is compared with it). */
    public static void copyActions(ElectronicLocation from, ElectronicLocation to) {
        to.orgUnit = from.orgUnit;
        to.subjectId = from.subjectId;
        to.renewsId = from.renewsId;
        to.renewedOn = from.renewedOn;
        to.status = from.status;
        to.endedOn = from.endedOn;
        to.endReason = from.endReason;
    }

    public static ElectronicLocationView toView(ElectronicLocation e, List<Deadline> deadlines) {
        return new ElectronicLocationView(e.id, e.subjectId, e.orgUnit, e.version, e.decidedOn, e.approvedBy, e.reason,
                e.startsOn, e.endsOn, e.renewsId, e.renewedOn, e.status, e.endedOn, e.endReason, deadlines,
                e.createdAt, e.updatedAt);
    }
}
