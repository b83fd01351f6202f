package cn.daxiang.justice.devsupport.testing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdNumbersTest {

    @Test
    void theStandardsExampleGetsItsCheckCharacterX() {
        // GB 11643-1999's worked example
        assertEquals("11010519491231002X", IdNumbers.valid("110105", LocalDate.of(1949, 12, 31), 2));
        assertEquals("11010519491231002X", IdNumbers.valid("11010519491231002"));
    }

    @Test
    void areaBirthDateAndSequenceStandWhereTheStandardPutsThem() {
        String id = IdNumbers.valid("430503", LocalDate.of(1985, 2, 14), 31);
        assertEquals("43050319850214031", id.substring(0, 17));
        assertEquals(IdNumbers.checkCharacter("43050319850214031"), id.charAt(17));
    }

    @Test
    void anythingButSeventeenDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.valid("4305031985021403"));
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.valid("4305031985021403X"));
    }
}
