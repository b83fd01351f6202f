package cn.daxiang.justice.evaluation.client;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The fallback names the line it is given, whatever the failure, instead of guessing it from a method name. */
class StatsFallbackTest {

    @Test
    void eachGuardedCallFallsBackToItsOwnLine() {
        LineStatsService service = new LineStatsService();
        Throwable down = new CircuitBreakerOpenException("open");
        assertEquals(Line.CORRECTIONS, line(service.correctionsUnavailable("430503000000", java.util.List.of(), null, null, down)));
        assertEquals(Line.MEDIATION, line(service.mediationUnavailable("430503000000", java.util.List.of(), null, null, down)));
        assertEquals(Line.LEGAL_AID, line(service.legalAidUnavailable("430503000000", java.util.List.of(), null, null, down)));
    }

    @Test
    void theReasonNamesTheLineItsServiceAndTheCause() {
        LineStats stats = StatsFallback.unavailable(Line.MEDIATION, new TimeoutException("slow"));
        assertFalse(stats.available());
        assertEquals("人民调解服务（mediation-service）不可用：请求超时", stats.reason());
    }

    private static Line line(Uni<LineStats> fallback) {
        LineStats stats = fallback.await().indefinitely();
        assertFalse(stats.available());
        return stats.line();
    }
}
