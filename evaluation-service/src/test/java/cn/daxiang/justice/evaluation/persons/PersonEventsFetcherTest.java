package cn.daxiang.justice.evaluation.persons;

import cn.daxiang.justice.evaluation.client.Line;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonEventsFetcherTest {

    static PersonEventPage page(int page, long total) {
        return new PersonEventPage(List.of(new PersonEvent("h" + page, PersonEvent.CORRECTION_STARTED, LocalDate.of(2021, 10, 8),
                "430503101000")), page, 1, total, null);
    }

    @Test
    void everyPageIsReadUntilTheLastOne() {
        List<PersonEvent> events = PersonEventsFetcher.all(Line.CORRECTIONS, (page, cursor) -> Uni.createFrom().item(page(page, 3)), 5)
                .await().indefinitely();
        assertEquals(3, events.size());
    }

    @Test
    void aLineWithMorePagesThanTheGuardMakesTheFiguresUnavailableNotACountOfWhatWasRead() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException failure = assertThrows(RuntimeException.class, () -> PersonEventsFetcher.all(Line.LEGAL_AID,
                (page, cursor) -> {
                    calls.incrementAndGet();
                    return Uni.createFrom().item(page(page, 1_000_000));
                }, 4).await().indefinitely());
        assertEquals(4, calls.get());
        String reason = PersonEventsFetcher.reason(failure);
        assertTrue(reason.startsWith("法律援助服务") && reason.contains("数据不完整"), reason);
    }
}
