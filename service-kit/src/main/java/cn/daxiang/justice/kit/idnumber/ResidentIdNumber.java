package cn.daxiang.justice.kit.idnumber;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 18-character resident ID numbers (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit
 * sequence and an ISO 7064 MOD 11-2 check character.
 */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    private ResidentIdNumber() {
    }

    /** Trims and upper-cases the check character ({@code x} → {@code X}); null stays null. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }

    public static boolean isValid(String raw) {
        String id = normalize(raw);
        return id != null && SHAPE.matcher(id).matches() && checkCharacter(id) == id.charAt(17) && birthDate(id).isPresent();
    }

    static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date in positions 7-14, if it is a real calendar date not in the future. */
    public static Optional<LocalDate> birthDate(String raw) {
        String id = normalize(raw);
        if (id == null || id.length() < 14) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            return date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.now()) ? Optional.empty() : Optional.of(date);
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 430503199001011234} → {@code 430503********1234}; anything else is fully masked. */
    public static String mask(String raw) {
        String id = normalize(raw);
        if (id == null) {
            return null;
        }
        if (id.length() != 18) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "********" + id.substring(14);
    }
}
