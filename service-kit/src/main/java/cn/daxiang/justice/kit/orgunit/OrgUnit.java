package cn.daxiang.justice.kit.orgunit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * One version of an org unit of the reference data: a division code, its Chinese name, level and parent code, and the
 * days it held them ({@code validFrom}/{@code validTo}, null: open). A renamed unit has a version per name; a unit
 * merged into another ends ({@code validTo}) and names its {@code successor}, and its records keep its code.
 */
public record OrgUnit(String code, String name, OrgUnitLevel level, @Schema(nullable = true) String parent,
                      @Schema(nullable = true) LocalDate validFrom, @Schema(nullable = true) LocalDate validTo,
                      @Schema(nullable = true) String successor) {

    public OrgUnit(String code, String name, OrgUnitLevel level, String parent) {
        this(code, name, level, parent, null, null, null);
    }

    /** Whether this version held on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this version held on any day from {@code from} to {@code to} (either may be null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (validFrom == null || to == null || !validFrom.isAfter(to)) && (validTo == null || from == null || !validTo.isBefore(from));
    }
}
