package cn.daxiang.justice.devsupport.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Valid 18-character resident ID numbers (GB 11643-1999) for test data. dev-support cannot depend on
 * service-kit (the kit's tests use dev-support), so the check character is computed here; the kit's
 * {@code IdNumbersAgreeWithKitTest} proves it equals {@code ResidentIdNumber}'s.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** The number of a person born on {@code birth} in {@code area} (6 digits), {@code sequence} 0-999. */
    public static String valid(String area, LocalDate birth, int sequence) {
        return valid(area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence));
    }

    /** The 17 digits given and their check character. */
    public static String valid(String first17) {
        if (!first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected: " + first17);
        }
        return first17 + checkCharacter(first17);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
