package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares what a client controls in two records: the org unit and every persistent field
 * declared below {@link AuditedRecord} (id, version and audit columns are the server's). For
 * entities with collections an adapter compares those itself.
 */
public final class RecordContent {

    /** The client's fields of a record type, looked up once: sync compares them for every uploaded record. */
    private static final ClassValue<List<Field>> CONTENT = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != AuditedRecord.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    // skip what bytecode enhancement adds ($$_hibernate_...) and anything not persistent
                    if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                            && !field.getName().startsWith("$$_")) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private RecordContent() {
    }

    public static boolean same(AuditedRecord a, AuditedRecord b) {
        if (a.getClass() != b.getClass() && !a.getClass().isAssignableFrom(b.getClass()) && !b.getClass().isAssignableFrom(a.getClass())) {
            return false;
        }
        if (!Objects.equals(a.orgUnit, b.orgUnit)) {
            return false;
        }
        for (Field field : CONTENT.get(b.getClass())) {
            try {
                if (!equal(field.get(a), field.get(b))) {
                    return false;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    /** Equal values; numbers such as 380 and 380.00 (a numeric column's scale) count as equal. */
    static boolean equal(Object x, Object y) {
        if (x instanceof java.math.BigDecimal bx && y instanceof java.math.BigDecimal by) {
            return bx.compareTo(by) == 0;
        }
        return Objects.equals(x, y);
    }
}
