package cn.daxiang.justice.kit.clock;

import java.time.LocalDate;

/** Where an item stands against its due date, read on a given day. */
public enum DeadlineState {
    /** Open, due later than the due-soon window (or its due date not known yet). */
    PENDING,
    /** Open and due within the window (or its reminder date has come). */
    DUE_SOON,
    /** Open and past its due date. */
    OVERDUE,
    /** Done on or before its due date. */
    MET,
    /** Done after its due date. */
    MISSED,
    /** The period does not run (e.g. materials awaited); it resumes with the days it had left. */
    STOPPED;

    /**
     * @param remindOn from this day on an open item is {@code DUE_SOON}
     * @param stopped whether the period is stopped now
     */
    public static DeadlineState of(LocalDate dueOn, LocalDate metOn, boolean stopped, LocalDate remindOn, LocalDate today) {
        if (metOn != null) {
            return dueOn == null || !metOn.isAfter(dueOn) ? MET : MISSED;
        }
        if (stopped) {
            return STOPPED;
        }
        if (dueOn == null) {
            return PENDING; // the calendar lacks the year it ends in: due date not known yet
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        return today.isBefore(remindOn) ? PENDING : DUE_SOON;
    }
}
