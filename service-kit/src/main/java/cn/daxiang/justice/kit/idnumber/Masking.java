package cn.daxiang.justice.kit.idnumber;

/** Masks personal data for readers who do not need it, and for the audit log. */
public final class Masking {

    private Masking() {
    }

    /** {@code 张三丰} → {@code 张**}: the surname identifies no one on its own. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    /** Keeps the first 3 and last 4 digits of a phone number. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 8) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /**
     * Keeps the first six characters of an address (province, city or district), which locate no
     * one; the rest becomes a fixed mark so the length says nothing either.
     */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int keep = Math.min(6, address.codePointCount(0, address.length()) / 2);
        return address.substring(0, address.offsetByCodePoints(0, keep)) + "****";
    }
}
