package cn.daxiang.justice.kit.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RedactedTest {

    @Test
    void masksIdNumbersInTheWholeChainAndKeepsTheStack() {
        var cause = new IllegalArgumentException("Key (id_number)=(11010519491231002X) already exists");
        var top = new IllegalStateException("insert failed", cause);
        Throwable logged = Redacted.of(top);
        assertFalse(logged.getCause().getMessage().contains("11010519491231002X"));
        assertEquals("java.lang.IllegalArgumentException: Key (id_number)=(110105********002X) already exists",
                logged.getCause().getMessage());
        assertEquals(top.getStackTrace()[0], logged.getStackTrace()[0]);
    }
}
