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
}
