package cn.daxiang.justice.kit.paging;

import cn.daxiang.justice.kit.problem.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Id;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keyset paging: the opaque {@code cursor} of a list is the sort key of a page's last row (the list's
 * order columns, ending with the unique {@code id}), bound to that order and sealed with a digest so a
 * changed or cut cursor is refused rather than read as some other position. The next page is the rows
 * strictly after that key in the list's order, however deep: an index range read, no offset.
 * <p>
 * The cursor carries no scope and no filter: the request's own token and filters still apply, so a
 * cursor can only move within what the caller may see.
 */
final class Keyset {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "k1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    static final String INVALID = "游标无效或已被改动，请从第一页重新翻页";

    private final List<Sort.Column> columns;
    private final List<Field> fields;

    private Keyset(List<Sort.Column> columns, List<Field> fields) {
        this.columns = columns;
        this.fields = fields;
    }

    /** The keyset of {@code sort} over {@code entity}; the sort must end with the unique {@code id}. */
    static Keyset of(Class<?> entity, Sort sort) {
        List<Sort.Column> columns = sort.getColumns();
        if (columns.isEmpty() || !"id".equals(columns.get(columns.size() - 1).getName())) {
            throw new IllegalArgumentException("a keyset needs an order ending with the unique id");
        }
        List<Field> fields = new ArrayList<>();
        for (Sort.Column column : columns) {
            fields.add(field(entity, column.getName()));
        }
        return new Keyset(columns, fields);
    }

    /** The {@code order by} clause of the list, written out so its null order is the one the keyset assumes. */
    String orderBy() {
        List<String> parts = new ArrayList<>();
        for (Sort.Column c : columns) {
            String part = c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc");
            if (c.getNullPrecedence() != null) {
                part += c.getNullPrecedence() == Sort.NullPrecedence.NULLS_FIRST ? " nulls first" : " nulls last";
            }
            parts.add(part);
        }
        return String.join(", ", parts);
    }

    /** The cursor after {@code row}. */
    String cursorAfter(Object row) {
        List<String> values = new ArrayList<>();
        for (Field field : fields) {
            try {
                Object value = field.get(row);
                values.add(value == null ? null : value.toString());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            String body = ENCODER.encodeToString(JSON.writeValueAsBytes(List.of(VERSION, orderBy(), values)));
            return body + "." + digest(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The condition "strictly after the cursor's row in this order", as HQL with its parameters; a
     * cursor that is not one this order wrote answers 400.
     */
    ListQuery after(ListQuery query, String cursor) {
        Object[] key = decode(cursor);
        Map<String, Object> parameters = new HashMap<>();
        List<String> disjuncts = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).getName();
            String parameter = "keyset" + i;
            if (key[i] != null) {
                parameters.put(parameter, key[i]);
            }
            String after = strictlyAfter(i, key[i], parameter);
            if (after != null) {
                List<String> terms = new ArrayList<>(equalSoFar);
                terms.add(after);
                disjuncts.add("(" + String.join(" and ", terms) + ")");
            }
            equalSoFar.add(key[i] == null ? name + " is null" : name + " = :" + parameter);
        }
        String condition = disjuncts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", disjuncts) + ")";
        String bound = leadingBound();
        // A plain range on the first column as well: where the index begins the read (the or above is only a filter).
        return query.with(bound == null || key[0] == null ? condition : bound + " and " + condition, parameters);
    }

    /** {@code first >= :keyset0} (or {@code <=}) when the first column is never null: the start of the index range. */
    private String leadingBound() {
        Sort.Column first = columns.get(0);
        if (nullable(0)) {
            return null;
        }
        return first.getName() + (first.getDirection() == Sort.Direction.Descending ? " <= :keyset0" : " >= :keyset0");
    }

    /** Rows strictly after {@code value} in column {@code i}, or null when none can be. */
    private String strictlyAfter(int i, Object value, String parameter) {
        Sort.Column c = columns.get(i);
        String name = c.getName();
        boolean descending = c.getDirection() == Sort.Direction.Descending;
        // PostgreSQL's default: nulls sort as if larger than any value (last ascending, first descending).
        boolean nullsLast = c.getNullPrecedence() == null ? !descending : c.getNullPrecedence() == Sort.NullPrecedence.NULLS_LAST;
        if (value == null) {
            return nullsLast ? null : name + " is not null";
        }
        String beyond = name + (descending ? " < :" : " > :") + parameter;
        return nullsLast && nullable(i) ? "(" + beyond + " or " + name + " is null)" : beyond;
    }

    private boolean nullable(int i) {
        Field field = fields.get(i);
        Column column = field.getAnnotation(Column.class);
        return !field.getType().isPrimitive() && field.getAnnotation(Id.class) == null && (column == null || column.nullable());
    }

    private Object[] decode(String cursor) {
        try {
            int dot = cursor.indexOf('.');
            if (dot < 0 || !MessageDigest.isEqual(digest(cursor.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                    cursor.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                throw invalid();
            }
            List<?> decoded = JSON.readValue(DECODER.decode(cursor.substring(0, dot)), List.class);
            if (decoded.size() != 3 || !VERSION.equals(decoded.get(0))) {
                throw invalid();
            }
            if (!orderBy().equals(decoded.get(1))) {
                throw ApiException.invalid("cursor", "游标与本次请求的排序不一致，请用相同的排序参数翻页或从第一页开始");
            }
            List<?> values = (List<?>) decoded.get(2);
            if (values.size() != fields.size()) {
                throw invalid();
            }
            Object[] key = new Object[values.size()];
            for (int i = 0; i < key.length; i++) {
                Object value = values.get(i);
                key[i] = value == null ? null : parse(fields.get(i).getType(), (String) value);
            }
            if (key[key.length - 1] == null) {
                throw invalid();
            }
            return key;
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw invalid();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text) {
        if (type == String.class) {
            return text;
        } else if (type == UUID.class) {
            return UUID.fromString(text);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == Instant.class) {
            return Instant.parse(text);
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        } else if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        } else if (type == long.class || type == Long.class) {
            return Long.valueOf(text);
        } else if (type == short.class || type == Short.class) {
            return Short.valueOf(text);
        } else if (type == BigDecimal.class) {
            return new BigDecimal(text);
        } else if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        } else if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, text);
        }
        throw new IllegalStateException("no keyset for a column of type " + type.getName());
    }

    private static Field field(Class<?> entity, String name) {
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new IllegalArgumentException("no attribute " + name + " on " + entity.getName());
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((VERSION + ":" + body).getBytes(StandardCharsets.US_ASCII));
            return ENCODER.encodeToString(Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", INVALID);
    }
}
