package cn.daxiang.justice.kit.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProblemHandlerTest {

    @Test
    void theFirstCauseOfTheTypeThatHasTheValueAnswers() {
        Exception failure = new IllegalStateException(new SQLException("no state", (String) null,
                new SQLException("unique", "23505")));
        assertEquals("23505", ProblemHandler.sqlState(failure));
        assertNull(ProblemHandler.sqlState(new IllegalStateException("no SQL here")));
    }
}
