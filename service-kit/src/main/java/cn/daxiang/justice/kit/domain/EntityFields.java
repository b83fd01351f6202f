package cn.daxiang.justice.kit.domain;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The fields that hold an entity's state, looked up once per type: superclass fields first, then each
 * class's in declaration order, without static and transient fields and what bytecode enhancement
 * adds ({@code $$_hibernate_...}). The audit snapshot and sync's content comparison apply their own
 * rules on top.
 */
public final class EntityFields {

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            Deque<Class<?>> classes = new ArrayDeque<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                classes.push(c);
            }
            List<Field> fields = new ArrayList<>();
            for (Class<?> c : classes) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                            && !field.getName().startsWith("$$")) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private EntityFields() {
    }

    public static List<Field> of(Class<?> type) {
        return FIELDS.get(type);
    }

    public static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
