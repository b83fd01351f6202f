package cn.daxiang.justice.kit.personal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DisclosureTest {

    static final LocalDate BORN = LocalDate.of(1990, 1, 1);

    @Test
    void aMaskedAnswerCannotRebuildTheIdNumberFromTheBirthDate() {
        assertEquals("430503********123X", Disclosure.MASKED.idNumber("43050319900101123X"));
        assertNull(Disclosure.MASKED.birthDate(BORN));
        assertEquals(1990, Disclosure.birthYear(BORN));
        assertEquals(BORN, Disclosure.FULL.birthDate(BORN));
    }

    @Test
    void criminalRecordsAreWithheldWholeAndAddressesKeepOnlyTheirRegion() {
        assertEquals("***", Disclosure.MASKED.criminalRecord("盗窃罪"));
        assertEquals("盗窃罪", Disclosure.FULL.criminalRecord("盗窃罪"));
        assertEquals("湖南省邵阳市****", Disclosure.MASKED.address("湖南省邵阳市大祥区城南街道100号"));
        assertEquals("张*", Disclosure.MASKED.name("张三"));
        assertEquals("138****5678", Disclosure.MASKED.phone("13812345678"));
    }
}
