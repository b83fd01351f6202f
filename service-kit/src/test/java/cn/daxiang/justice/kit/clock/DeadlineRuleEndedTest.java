package cn.daxiang.justice.kit.clock;

import cn.daxiang.justice.kit.testapp.Sample;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.daxiang.justice.kit.clock.WorkingCalendarTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A rule's {@code endedOn} (the matter ended otherwise before the item was met): it stops an item only when the end day
 * is on or before the due date; an item already past due when the matter ended stays overdue, and its figures as they
 * were. A 7-day period started 2021-09-27 runs into 国庆 (2021-10-01..07) and falls due on 2021-10-08.
 */
class DeadlineRuleEndedTest {

    final WorkingCalendar calendar = WorkingCalendarTest.builtIn();

    /** {@code stoppedFrom} stands for the day the matter ended. */
    final DeadlineRule<Sample> rule = DeadlineRule.on(Sample.class, "SAMPLE_ENDED")
            .named("样例", "Sample").basis("《样例规定》第一条", Period.days(7)).metric("sample.ended").link("/test/samples/{id}")
            .startsOn(s -> s.happenedOn)
            .metOn(s -> s.doneOn)
            .endedOn(s -> s.stoppedFrom);

    Deadline read(String endedOn, String doneOn, String today) {
        Sample sample = new Sample();
        sample.happenedOn = d("2021-09-27");
        sample.stoppedFrom = endedOn == null ? null : d(endedOn);
        sample.doneOn = doneOn == null ? null : d(doneOn);
        return rule.evaluate(sample, calendar, d(today), 3).deadline();
    }

    @Test
    void aMatterThatEndsDuringTheNationalDayHolidayBeforeTheDueDateStopsTheItem() {
        Deadline item = read("2021-10-02", null, "2021-10-20");
        assertEquals(DeadlineState.STOPPED, item.state());
        assertEquals(d("2021-10-02"), item.stoppedSince());
        assertNull(item.dueOn(), "no longer due: neither overdue nor counted due");
    }

    @Test
    void aMatterThatEndsOnTheDueDateItselfStillStopsTheItem() {
        Deadline item = read("2021-10-08", null, "2021-10-20");
        assertEquals(DeadlineState.STOPPED, item.state());
        assertEquals(d("2021-10-08"), item.stoppedSince());
    }

    @Test
    void anItemAlreadyPastItsDueDateWhenTheMatterEndsStaysOverdueWithItsDueDate() {
        Deadline item = read("2021-10-09", null, "2021-10-20");
        assertEquals(DeadlineState.OVERDUE, item.state(), "the end day does not rewrite a period already missed");
        assertEquals(d("2021-10-08"), item.dueOn());
        assertNull(item.stoppedSince());
    }

    @Test
    void anItemMetLateKeepsItsMissedWhateverTheEndDay() {
        assertEquals(DeadlineState.MISSED, read("2021-10-02", "2021-10-11", "2021-10-20").state());
        assertEquals(DeadlineState.MET, read("2021-10-02", "2021-10-08", "2021-10-20").state());
    }
}
