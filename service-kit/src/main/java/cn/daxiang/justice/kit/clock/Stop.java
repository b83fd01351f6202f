package cn.daxiang.justice.kit.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * A time a period does not run, e.g. while an applicant supplies missing materials: it stops after
 * {@code from} (that day still counts) and runs again from the day after {@code until}, which, like a
 * starting day, is not counted. {@code until} null: still stopped.
 */
public record Stop(LocalDate from, LocalDate until) {

    public Stop {
        if (from == null || (until != null && until.isBefore(from))) {
            throw new IllegalArgumentException("a stop starts on a date and ends on it or later");
        }
    }

    public boolean isOpen() {
        return until == null;
    }

    /** Whether {@code day} is one the period does not count. */
    boolean covers(LocalDate day) {
        return day.isAfter(from) && (until == null || !day.isAfter(until));
    }

    /** A period with an open stop has no due date yet. */
    static void requireClosed(List<Stop> stops) {
        if (stops.stream().anyMatch(Stop::isOpen)) {
            throw new IllegalArgumentException("the period is stopped: it has no due date until it runs again");
        }
    }

    static boolean anyCovers(List<Stop> stops, LocalDate day) {
        for (Stop stop : stops) {
            if (stop.covers(day)) {
                return true;
            }
        }
        return false;
    }
}
