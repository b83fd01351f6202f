package cn.daxiang.justice.kit.sync;

import cn.daxiang.justice.kit.domain.AuditedRecord;
import cn.daxiang.justice.kit.domain.EntityFields;

import java.lang.reflect.Field;
import java.util.Objects;

/**
 * Compares what a client controls in two records: the org unit and every persistent field
 * declared below {@link AuditedRecord} (id, version and audit columns are the server's). For
 * entities with collections an adapter compares those itself.
 */
public final class RecordContent {

    private RecordContent() {
    }

    public static boolean same(AuditedRecord a, AuditedRecord b) {
        if (a.getClass() != b.getClass() && !a.getClass().isAssignableFrom(b.getClass()) && !b.getClass().isAssignableFrom(a.getClass())) {
            return false;
        }
        if (!Objects.equals(a.orgUnit, b.orgUnit)) {
            return false;
        }
        for (Field field : EntityFields.of(b.getClass())) {
            boolean client = !field.getDeclaringClass().isAssignableFrom(AuditedRecord.class);
            if (client && !equal(EntityFields.read(field, a), EntityFields.read(field, b))) {
                return false;
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
