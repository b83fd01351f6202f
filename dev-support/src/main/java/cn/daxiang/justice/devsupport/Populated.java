package cn.daxiang.justice.devsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Fills every field of an object with a value made from the field's name, so a test can freeze what
 * a view of the object (an audit snapshot, say) shows and notice a field that appears, disappears or
 * changes form. Text, numbers, dates, UUIDs, enums and maps; lists and references are the test's.
 */
public final class Populated {

    private Populated() {
    }

    public static <T> T fill(T object) {
        for (Class<?> c = object.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Object value = value(field.getType(), field.getName());
                if (value != null && !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    try {
                        field.set(object, value);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return object;
    }

    /** A snapshot's values as text, the way the audit log stores them, in the snapshot's order. */
    public static String text(Map<?, ?> snapshot) {
        Map<Object, String> text = new LinkedHashMap<>();
        snapshot.forEach((key, value) -> text.put(key, value == null ? null : String.valueOf(value)));
        return text.toString();
    }

    private static Object value(Class<?> type, String name) {
        int n = Math.floorMod(name.hashCode(), 1000);
        if (type == String.class) {
            return "甲" + name;
        } else if (type == int.class || type == Integer.class) {
            return n;
        } else if (type == long.class || type == Long.class) {
            return (long) n;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == BigDecimal.class) {
            return new BigDecimal(n + ".500");
        } else if (type == LocalDate.class) {
            return LocalDate.of(2024, 1, 1).plusDays(n);
        } else if (type == Instant.class) {
            return Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n * 3600L);
        } else if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        } else if (type == Map.class) {
            return new LinkedHashMap<>(Map.of(name, n));
        }
        return null;
    }
}
