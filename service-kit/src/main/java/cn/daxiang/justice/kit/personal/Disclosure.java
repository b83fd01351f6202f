package cn.daxiang.justice.kit.personal;

import cn.daxiang.justice.kit.idnumber.Masking;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;

import java.time.LocalDate;

/**
 * How much of a person's data one answer may carry, decided by {@link PersonalDataPolicy}. Every
 * view that holds a person's name, ID number, birth date, phone, address or criminal record takes
 * its fields through one of these methods, so a masked answer is masked the same way in every line.
 */
public enum Disclosure {
    /** Every value in clear. */
    FULL,
    /**
     * Names, ID numbers, phones and addresses partly hidden, criminal records withheld, and the birth
     * date reduced to its year: a masked ID number plus a full birth date would give the number back.
     */
    MASKED;

    /** What stands for withheld free text (an offence, a sentence): a fixed mark that leaks no length. */
    public static final String WITHHELD = "***";

    public boolean full() {
        return this == FULL;
    }

    public String name(String name) {
        return full() ? name : Masking.name(name);
    }

    public String idNumber(String idNumber) {
        return full() ? idNumber : ResidentIdNumber.mask(idNumber);
    }

    public String phone(String phone) {
        return full() ? phone : Masking.phone(phone);
    }

    public String address(String address) {
        return full() ? address : Masking.address(address);
    }

    /** An offence, a sentence or a note about them: in clear or withheld whole. */
    public String criminalRecord(String text) {
        return full() || text == null || text.isEmpty() ? text : WITHHELD;
    }

    /** The full birth date, or null when masked (the view then carries only {@link #birthYear}). */
    public LocalDate birthDate(LocalDate birthDate) {
        return full() ? birthDate : null;
    }

    /** The year of birth, which every reader may see: it does not rebuild an ID number. */
    public static Integer birthYear(LocalDate birthDate) {
        return birthDate == null ? null : birthDate.getYear();
    }
}
