package cn.daxiang.justice.devsupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The audit trail of every record type of a service, frozen: a field that leaves it, joins it or
 * loses its mask fails here. The keys and values are those older audit rows hold, so old and new
 * rows compare. A service's test lists its record types in a static {@code records()}.
 */
public abstract class FrozenAuditTrail {

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theAuditTrailShowsEveryFieldWithPersonalDataMasked(String type, Object record, String expected) throws Exception {
        Map<?, ?> snapshot = (Map<?, ?>) record.getClass().getMethod("auditSnapshot").invoke(record);
        assertEquals(expected, Populated.text(snapshot));
    }

    /** A record of one type with every field filled ({@link Populated}), its parts added, and its audit trail as frozen. */
    protected static <T> Arguments frozen(T record, Consumer<T> parts, String expected) {
        parts.accept(Populated.fill(record));
        return Arguments.of(record.getClass().getSimpleName(), record, expected);
    }
}
