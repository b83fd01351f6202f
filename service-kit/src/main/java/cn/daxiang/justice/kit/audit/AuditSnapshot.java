package cn.daxiang.justice.kit.audit;

import cn.daxiang.justice.kit.domain.EntityFields;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import org.hibernate.Hibernate;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A record as the audit trail shows it, read from its persistent fields so that a new column is
 * audited without anyone remembering to ({@link EntityFields}: superclass fields first, then each
 * class's in declaration order). Left out as well are {@code @Transient} fields and those marked
 * {@link NotAudited}. A field marked {@link Masked} is masked; a decimal is kept as a plain number
 * without trailing zeros, so 380 and 380.00 are no change. An association must be marked
 * {@link NotAudited} (the record may add it in another form), since its default text would be meaningless.
 */
public final class AuditSnapshot {

    private record Entry(Field field, String key, UnaryOperator<String> mask) {
    }

    private static final ClassValue<List<Entry>> ENTRIES = new ClassValue<>() {
        @Override
        protected List<Entry> computeValue(Class<?> type) {
            return entries(type);
        }
    };

    private static final List<Class<? extends Annotation>> ASSOCIATIONS =
            List.of(ManyToOne.class, OneToMany.class, OneToOne.class, ManyToMany.class, ElementCollection.class);

    private AuditSnapshot() {
    }

    public static Map<String, Object> of(Object record) {
        // an entity Hibernate loaded as a lazy reference has no state in its fields until initialised
        Hibernate.initialize(record);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (Entry entry : ENTRIES.get(record.getClass())) {
            snapshot.put(entry.key(), value(entry, record));
        }
        return snapshot;
    }

    private static Object value(Entry entry, Object record) {
        Object value = EntityFields.read(entry.field(), record);
        if (entry.mask() != null) {
            return entry.mask().apply((String) value);
        }
        // plain JSON values: a stored copy (a definition version) then reads back equal, with no spurious update
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value;
    }

    private static List<Entry> entries(Class<?> type) {
        List<Entry> entries = new ArrayList<>();
        for (Field field : EntityFields.of(type)) {
            String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
            if (field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(NotAudited.class)) {
                continue;
            }
            if (ASSOCIATIONS.stream().anyMatch(field::isAnnotationPresent)) {
                throw new IllegalStateException(name + " is an association: mark it @NotAudited and add it to the snapshot in a readable form");
            }
            Masked masked = field.getAnnotation(Masked.class);
            if (masked != null && field.getType() != String.class) {
                throw new IllegalStateException(name + " is masked but not text");
            }
            AuditKey key = field.getAnnotation(AuditKey.class);
            entries.add(new Entry(field, key == null ? field.getName() : key.value(),
                    masked == null ? null : masked.value()::mask));
        }
        return List.copyOf(entries);
    }
}
