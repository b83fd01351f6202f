package cn.daxiang.justice.kit.stats;

import cn.daxiang.justice.kit.security.OrgUnitCode;

import java.time.LocalDate;

/**
 * The period and org unit a stats request resolved to. {@code from} null means since the
 * beginning; {@link #fromOrEpoch()} gives SQL a date to compare with.
 */
public record StatsPeriod(String orgUnit, LocalDate from, LocalDate to) {

    static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

    public LocalDate fromOrEpoch() {
        return from == null ? EPOCH : from;
    }

    /** For {@code org_unit LIKE :scope}: the org unit and everything below it. */
    public String likePattern() {
        return OrgUnitCode.likePattern(orgUnit);
    }
}
