package cn.daxiang.justice.kit.clock;

/** A period reaches a year whose holiday schedule nobody has entered: its due date cannot be known yet. */
public class CalendarYearMissingException extends RuntimeException {

    private final int year;

    public CalendarYearMissingException(int year) {
        super("the working-day calendar has no data for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
