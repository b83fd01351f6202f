package cn.daxiang.justice.kit.clock;

import org.junit.jupiter.api.Test;

import static cn.daxiang.justice.kit.clock.WorkingCalendarTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an item stands, read on a given day. */
class DeadlineStateTest {

    @Test
    void anItemDoneByItsDueDateIsMetAndOneDoneAfterItIsMissed() {
        assertEquals(DeadlineState.MET, DeadlineState.of(d("2021-02-18"), d("2021-02-18"), false, d("2021-02-15"), d("2021-06-01")));
        assertEquals(DeadlineState.MISSED, DeadlineState.of(d("2021-02-18"), d("2021-02-19"), false, d("2021-02-15"), d("2021-06-01")));
    }

    @Test
    void anOpenItemIsPendingThenDueSoonFromItsReminderDayThenOverdueAfterItsDueDate() {
        assertEquals(DeadlineState.PENDING, DeadlineState.of(d("2021-02-18"), null, false, d("2021-02-15"), d("2021-02-14")));
        assertEquals(DeadlineState.DUE_SOON, DeadlineState.of(d("2021-02-18"), null, false, d("2021-02-15"), d("2021-02-15")));
        assertEquals(DeadlineState.DUE_SOON, DeadlineState.of(d("2021-02-18"), null, false, d("2021-02-15"), d("2021-02-18")));
        assertEquals(DeadlineState.OVERDUE, DeadlineState.of(d("2021-02-18"), null, false, d("2021-02-15"), d("2021-02-19")));
    }

    @Test
    void aStoppedItemIsStoppedWhateverTheDate() {
        assertEquals(DeadlineState.STOPPED, DeadlineState.of(null, null, true, null, d("2021-06-01")));
    }

    @Test
    void anOpenItemWhoseDueDateIsNotKnownYetIsPending() {
        assertEquals(DeadlineState.PENDING, DeadlineState.of(null, null, false, null, d("2026-12-20")));
    }
}
