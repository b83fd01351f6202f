package cn.daxiang.justice.kit.idnumber;

import cn.daxiang.justice.devsupport.testing.IdNumbers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test kit's ID numbers (dev-support cannot use the kit) must be the ones the kit accepts. */
class IdNumbersAgreeWithKitTest {

    @Test
    void everyTestKitIdNumberHasTheKitsCheckCharacterAndIsValid() {
        LocalDate birth = LocalDate.of(1950, 1, 1);
        for (int n = 0; n < 3_000; n++, birth = birth.plusDays(5)) {
            String id = IdNumbers.valid("430503", birth, n % 1000);
            assertEquals(ResidentIdNumber.checkCharacter(id), id.charAt(17), id);
            assertTrue(ResidentIdNumber.isValid(id), id);
            assertEquals(birth, ResidentIdNumber.birthDate(id).orElseThrow(), id);
        }
    }
}
