package cn.daxiang.justice.mediation.mapping;

import cn.daxiang.justice.mediation.api.CommitteeInput;
import cn.daxiang.justice.mediation.api.CommitteeView;
import cn.daxiang.justice.mediation.domain.Committee;

/** Between the committee entity and what the API sends and receives. */
public final class CommitteeMapper {

    private CommitteeMapper() {
    }

    public static CommitteeView toView(Committee c) {
        return new CommitteeView(c.id, c.orgUnit, c.version, c.name, c.level, c.termStart, c.termEnd, c.status,
                c.followUpWithinDays, c.createdAt, c.updatedAt);
    }

    public static void apply(CommitteeInput input, Committee c) {
        c.orgUnit = input.orgUnit();
        c.name = input.name().strip();
        c.level = input.level();
        c.termStart = input.termStart();
        c.termEnd = input.termEnd();
        c.status = input.status();
        // absent: kept (clients older than the field send none); 0: no rule
        if (input.followUpWithinDays() != null) {
            c.followUpWithinDays = input.followUpWithinDays() == 0 ? null : input.followUpWithinDays();
        }
    }
}
