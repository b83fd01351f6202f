package cn.daxiang.justice.kit.clock;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.daxiang.justice.kit.clock.WorkingCalendarTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Due dates across Spring Festival and National Day, by the procedure laws' rule and by working days. */
class PeriodTest {

    final WorkingCalendar calendar = WorkingCalendarTest.builtIn();

    LocalDate due(Period period, String start, Stop... stops) {
        return period.due(d(start), List.of(stops), calendar);
    }

    @Test
    void sevenDaysFromTheMondayBeforeSpringFestivalEndOnTheFirstWorkingDayAfterIt() {
        // 2021-02-08 + 7 = 2021-02-15, inside 春节 (2月11日至17日): the period ends on 2月18日
        assertEquals(d("2021-02-18"), due(Period.days(7), "2021-02-08"));
    }

    @Test
    void aPeriodEndingOnAnAdjustedWorkingSaturdayEndsThere() {
        // 2021-02-20 is a Saturday worked (春节调休)
        assertEquals(d("2021-02-20"), due(Period.days(7), "2021-02-13"));
    }

    @Test
    void aPeriodEndingOnAnOrdinarySundayEndsOnMonday() {
        assertEquals(d("2021-03-08"), due(Period.days(6), "2021-03-01"));
    }

    @Test
    void theStartingDayIsNotCounted() {
        assertEquals(d("2021-03-04"), due(Period.days(3), "2021-03-01"));
    }

    @Test
    void tenWorkingDaysOverNationalDay2023CountTheAdjustedWeekendAndSkipTheHolidays() {
        // 9-28 (1), 9-29..10-06 off, 10-07 Sat and 10-08 Sun worked (2, 3), 10-09..10-13 (4-8), 10-16, 10-17 (9, 10)
        assertEquals(d("2023-10-17"), due(Period.workingDays(10), "2023-09-27"));
    }

    @Test
    void fiveWorkingDaysFromAFridayBeforeSpringFestival2021CountTheSundayWorked() {
        // 2-06 Sat off, 2-07 Sun worked (1), 2-08..2-10 (2-4), 2-11..2-17 off, 2-18 (5)
        assertEquals(d("2021-02-18"), due(Period.workingDays(5), "2021-02-05"));
    }

    @Test
    void aMonthFromAcceptanceThatEndsOnNationalDayEndsAfterTheHoliday() {
        // 2021-09-01 + 1 month = 2021-10-01, 国庆节 10月1日至7日: ends 10月8日
        assertEquals(d("2021-10-08"), due(Period.months(1), "2021-09-01"));
    }

    @Test
    void aMonthFromTheLastOfJanuaryEndsOnTheLastOfFebruary() {
        assertEquals(d("2021-03-01"), due(Period.months(1), "2021-01-31"), "2021-02-28 is a Sunday");
        assertEquals(d("2022-02-28"), due(Period.months(1), "2022-01-31"));
    }

    @Test
    void daysWhileMaterialsAreAwaitedAreNotCountedAndThePeriodResumesWithTheDaysLeft() {
        // received 3-01; 3-02 and 3-03 count (2), stopped after 3-03 until 3-10; 3-11..3-15 count the 5 left
        assertEquals(d("2021-03-15"), due(Period.days(7), "2021-03-01", new Stop(d("2021-03-03"), d("2021-03-10"))));
    }

    @Test
    void aStopOverSpringFestivalPushesTheWorkingDaysPastIt() {
        // 2021-02-01 + 10 working days, stopped after 2-03 until 2-18: 2-02, 2-03 (2), 2-19 (3), 2-20 Sat worked (4),
        // 2-22..2-26 (5-9), 3-01 (10)
        assertEquals(d("2021-03-01"), due(Period.workingDays(10), "2021-02-01", new Stop(d("2021-02-03"), d("2021-02-18"))));
    }

    @Test
    void aMonthWithAStopIsPushedBackByTheDaysStopped() {
        assertEquals(d("2021-04-12"), due(Period.months(1), "2021-03-01", new Stop(d("2021-03-05"), d("2021-03-15"))));
    }

    @Test
    void aStoppedPeriodHasNoDueDate() {
        assertThrows(IllegalArgumentException.class, () -> due(Period.days(7), "2021-03-01", new Stop(d("2021-03-03"), null)));
    }

    @Test
    void aPeriodThatEndsInAYearWithoutDataHasNoDueDate() {
        CalendarYearMissingException missing = assertThrows(CalendarYearMissingException.class,
                () -> due(Period.days(30), "2026-12-20"));
        assertEquals(2027, missing.year());
    }

    @Test
    void periodsReadAsANoticeWritesThem() {
        assertEquals("7日", Period.days(7).label());
        assertEquals("10个工作日", Period.workingDays(10).label());
        assertEquals("1个月", Period.months(1).label());
        assertThrows(IllegalArgumentException.class, () -> Period.days(0));
    }
}
