package cn.daxiang.justice.kit.sync;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Names, for a deletion refused by a foreign key, the records that still depend on the one being
 * deleted. Each service maps its foreign keys to a Chinese label in its configuration, e.g.
 * {@code platform.dependants.violation_subject_fk=违规记录}; an unmapped key gets a general message.
 */
public final class DependantRecords {

    static final String PREFIX = "platform.dependants.";

    private DependantRecords() {
    }

    public static String message(Throwable failure) {
        String label = constraintName(failure) == null ? null
                : ConfigProvider.getConfig().getOptionalValue(PREFIX + constraintName(failure), String.class).orElse(null);
        return label == null
                ? "该记录仍被其他记录引用，不能删除；请先删除引用它的记录"
                : "该记录仍有关联的" + label + "，不能删除；请先删除这些" + label;
    }

    static String constraintName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null) {
                return c.getConstraintName();
            }
        }
        return null;
    }
}
