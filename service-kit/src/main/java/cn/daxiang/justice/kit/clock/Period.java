package cn.daxiang.justice.kit.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

/**
 * A legal period, counted from the day after its start (the starting day is not counted).
 * <ul>
 * <li>{@link Days} and {@link Months}, the rule of China's procedure laws (刑事诉讼法第一百零五条,
 * 民事诉讼法第八十五条): a period whose last day is a rest day ends on the first working day after it.</li>
 * <li>{@link WorkingDays} (工作日): only working days count, adjusted working days (调休上班日) included.</li>
 * </ul>
 * Days in a {@link Stop} are not counted: the period resumes with the days it had left.
 */
public sealed interface Period {

    static Period days(int days) {
        return new Days(days);
    }

    static Period workingDays(int days) {
        return new WorkingDays(days);
    }

    static Period months(int months) {
        return new Months(months);
    }

    /** The last day of the period started on {@code start}, with {@code stops} (all closed) not counted. */
    LocalDate due(LocalDate start, List<Stop> stops, WorkingCalendar calendar);

    /** How the period reads in a notice, e.g. 7日, 10个工作日, 1个月. */
    String label();

    record Days(int days) implements Period {
        public Days {
            positive(days);
        }

        @Override
        public LocalDate due(LocalDate start, List<Stop> stops, WorkingCalendar calendar) {
            return calendar.onOrAfter(countForward(start, days, stops, day -> true));
        }

        @Override
        public String label() {
            return days + "日";
        }
    }

    record WorkingDays(int days) implements Period {
        public WorkingDays {
            positive(days);
        }

        @Override
        public LocalDate due(LocalDate start, List<Stop> stops, WorkingCalendar calendar) {
            return countForward(start, days, stops, calendar::isWorkingDay);
        }

        @Override
        public String label() {
            return days + "个工作日";
        }
    }

    record Months(int months) implements Period {
        public Months {
            positive(months);
        }

        /** The same day {@code months} later (or that month's last day), pushed back by the days stopped. */
        @Override
        public LocalDate due(LocalDate start, List<Stop> stops, WorkingCalendar calendar) {
            Stop.requireClosed(stops);
            long stopped = stops.stream().mapToLong(s -> ChronoUnit.DAYS.between(s.from(), s.until())).sum();
            return calendar.onOrAfter(start.plusMonths(months).plusDays(stopped));
        }

        @Override
        public String label() {
            return months + "个月";
        }
    }

    /** The day on which {@code amount} days after {@code start} that {@code counts} and no stop covers are reached. */
    private static LocalDate countForward(LocalDate start, int amount, List<Stop> stops, Predicate<LocalDate> counts) {
        Stop.requireClosed(stops);
        LocalDate day = start;
        for (int counted = 0; counted < amount; ) {
            day = day.plusDays(1);
            if (!Stop.anyCovers(stops, day) && counts.test(day)) {
                counted++;
            }
        }
        return day;
    }

    private static void positive(int amount) {
        if (amount < 1) {
            throw new IllegalArgumentException("a period is at least 1");
        }
    }
}
