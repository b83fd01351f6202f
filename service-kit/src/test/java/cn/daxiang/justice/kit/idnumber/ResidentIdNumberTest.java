package cn.daxiang.justice.kit.idnumber;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "11010519491231002x", " 11010519491231002X "})
    void acceptsValidNumbers(String id) {
        assertTrue(ResidentIdNumber.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002", "1101051949123100212", "11010519491231002Y", "", "ABCDEFGHIJKLMNOPQR"})
    void rejectsWrongCheckCharacterOrShape(String id) {
        assertFalse(ResidentIdNumber.isValid(id));
    }

    @Test
    void rejectsImpossibleBirthDatesEvenWithTheRightCheckCharacter() {
        String body = "11010519490231002";
        String id = body + ResidentIdNumber.checkCharacter(body);
        assertFalse(ResidentIdNumber.isValid(id), "1949-02-31 is not a date");
        String future = "110105" + LocalDate.now().plusYears(1).getYear() + "0101002";
        assertFalse(ResidentIdNumber.isValid(future + ResidentIdNumber.checkCharacter(future)));
        assertFalse(ResidentIdNumber.isValid(null));
    }

    @Test
    void normalisesLowerCaseX() {
        assertEquals("11010519491231002X", ResidentIdNumber.normalize("11010519491231002x"));
        assertEquals(LocalDate.of(1949, 12, 31), ResidentIdNumber.birthDate("11010519491231002X").orElseThrow());
    }

    @Test
    void masksTheMiddleEightDigits() {
        assertEquals("430503********123X", ResidentIdNumber.mask("43050319900101123x"));
        assertEquals("110105********002X", ResidentIdNumber.mask("11010519491231002X"));
        assertEquals("*****", ResidentIdNumber.mask("12345"));
        assertEquals(null, ResidentIdNumber.mask(null));
    }

    @Test
    void masksNamesAndPhones() {
        assertEquals("张**", Masking.name("张三丰"));
        assertEquals("欧*", Masking.name("欧阳"));
        assertEquals("138****5678", Masking.phone("13812345678"));
    }
}
