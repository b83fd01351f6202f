package cn.daxiang.justice.kit.accesslog;

import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.sync.Change;
import cn.daxiang.justice.kit.sync.ChangePage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of the personal records an answer holds: a {@link PersonalData} view, the items of a
 * {@link PageResult}, the records of a {@link ChangePage} (deletions hold none), collections of
 * them, and marked views nested in marked views (a subject's file). How to read each view class is
 * worked out once per class.
 */
final class ReadRecords {

    /** How to read one marked view class: its own id, its links, and its components to descend into. */
    private record Shape(Method id, List<Method> links, List<Method> nested) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shape(type);
        }
    };

    private ReadRecords() {
    }

    /**
     * The ids in {@code answer}, in the order met; empty when it holds no marked view (then nothing
     * is recorded).
     */
    static Set<UUID> of(Object answer) {
        Set<UUID> ids = new LinkedHashSet<>();
        collect(answer, ids);
        return ids;
    }

    private static void collect(Object value, Set<UUID> ids) {
        if (value == null) {
            return;
        }
        if (value instanceof PageResult<?> page) {
            collect(page.items(), ids);
        } else if (value instanceof ChangePage page) {
            if (page.changes() != null) {
                page.changes().stream().map(Change::record).forEach(record -> collect(record, ids));
            }
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, ids));
        } else if (value.getClass().isAnnotationPresent(PersonalData.class)) {
            Shape shape = SHAPES.get(value.getClass());
            if (shape.id() != null) {
                addId(read(shape.id(), value), ids);
            }
            for (Method link : shape.links()) {
                addId(read(link, value), ids);
            }
            for (Method nested : shape.nested()) {
                collect(read(nested, value), ids);
            }
        }
    }

    private static void addId(Object id, Set<UUID> ids) {
        if (id instanceof UUID uuid) {
            ids.add(uuid);
        }
    }

    private static Object read(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    private static Shape shape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException("@PersonalData belongs on a record: " + type.getName());
        }
        PersonalData marker = type.getAnnotation(PersonalData.class);
        Method id = null;
        List<Method> links = new ArrayList<>();
        List<Method> nested = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            if (component.getName().equals("id") && component.getType() == UUID.class) {
                id = accessor;
            } else if (Arrays.asList(marker.linkedRecords()).contains(component.getName())) {
                links.add(accessor);
            } else if (holdsMarkedViews(component.getGenericType())) {
                nested.add(accessor);
            }
        }
        for (String link : marker.linkedRecords()) {
            if (links.stream().noneMatch(m -> m.getName().equals(link))) {
                throw new IllegalStateException(type.getName() + " has no component " + link + " named in @PersonalData");
            }
        }
        return new Shape(id, List.copyOf(links), List.copyOf(nested));
    }

    /** A marked view, or a collection of them. */
    private static boolean holdsMarkedViews(Type type) {
        if (type instanceof Class<?> c) {
            return c.isAnnotationPresent(PersonalData.class);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return holdsMarkedViews(p.getActualTypeArguments()[0]);
        }
        return false;
    }
}
