package cn.daxiang.justice.kit.paging;

import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The list envelope of the conventions: {@code {"items", "page", "size", "totalItems", "totalExact",
 * "nextCursor"}}. The fields are required one by one, not by a class-level {@code @Schema}, which would
 * add an unused raw schema.
 * <p>
 * The total is counted up to {@link #TOTAL_CAP}: an exact count of a township's tens of thousands of
 * rows costs many times the page itself. Past the cap {@code totalItems} is the cap and
 * {@code totalExact} false ("more than 1000"); the line's statistics give exact figures.
 */
public record PageResult<T>(
        @Schema(required = true, description = "The records of this page / 本页记录") List<T> items,
        @Schema(required = true, description = "Page number, from 0 (0 when read by cursor) / 页码") int page,
        @Schema(required = true, description = "Page size / 每页条数") int size,
        @Schema(required = true, description = "Matching records in all pages, counted up to 1000: exact when totalExact is true; "
                + "when false there are more than 1000 and this is 1000 / 总条数，最多数到1000：totalExact为false时表示多于1000条")
        long totalItems,
        @Schema(required = true, description = "Whether totalItems is the exact count (false: the count stopped at 1000) / 总条数是否精确")
        boolean totalExact,
        @Schema(description = "Cursor of the next page: pass it as `cursor` with the same filters and sort; null on the last page "
                + "or where the list has no cursor paging. Opaque; a changed cursor answers 400 / 下一页游标，末页为null", nullable = true)
        String nextCursor) {

    /** How far the total is counted. */
    public static final int TOTAL_CAP = 1000;

    /** A page whose total is exact and that offers no cursor: lists read with SQL of their own. */
    public PageResult(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, true, null);
    }

    /** The items mapped, the rest as it was. */
    public <V> PageResult<V> map(Function<T, V> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalExact, nextCursor);
    }

    /** A page of a query of its own, with an exact total and no cursor paging ({@code cursor} answers 400). */
    public static <E, T> PageResult<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        request.requireNoCursor();
        List<T> items = query.page(request.toPage()).list().stream().map(mapper).toList();
        return new PageResult<>(items, request.page, request.size, query.count());
    }

    /**
     * A page of {@code entity} rows matching {@code query} in {@code sort} (which ends with {@code id},
     * as {@link PageRequest#toSort} makes it): by {@code page}, or after {@code cursor}; with the total
     * counted up to {@link #TOTAL_CAP} and the cursor of the next page.
     */
    public static <E, T> PageResult<T> of(Class<E> entity, ListQuery query, Sort sort, PageRequest request, Function<E, T> mapper) {
        return ofPage(entity, query, sort, request, rows -> rows.stream().map(mapper).toList());
    }

    /**
     * As {@link #of(Class, ListQuery, Sort, PageRequest, Function)}, the page's rows mapped at once: what each row's view
     * needs from elsewhere is read in one query per page, not one per row.
     */
    public static <E, T> PageResult<T> ofPage(Class<E> entity, ListQuery query, Sort sort, PageRequest request,
                                              Function<List<E>, List<T>> mapper) {
        Keyset keyset = Keyset.of(entity, sort);
        EntityManager em = Panache.getEntityManager(entity);
        String name = em.getMetamodel().entity(entity).getName();
        ListQuery pageQuery = query;
        int offset = 0;
        if (request.cursor != null) {
            if (request.page != 0) {
                throw ApiException.invalid("cursor", "游标与页码不能同时使用：按游标翻页时不传页码");
            }
            pageQuery = keyset.after(query, request.cursor);
        } else {
            offset = request.offset();
        }
        TypedQuery<E> rows = em.createQuery("from " + name + " where " + pageQuery.where() + " order by " + keyset.orderBy(), entity);
        bind(rows, pageQuery.parameters());
        // One row more than the page says whether there is a next one.
        List<E> found = rows.setFirstResult(offset).setMaxResults(request.size + 1).getResultList();
        boolean more = found.size() > request.size;
        List<E> page = more ? found.subList(0, request.size) : found;
        String next = more ? keyset.cursorAfter(page.get(page.size() - 1)) : null;
        long counted = countUpTo(em, name, query, keyset.orderBy(), TOTAL_CAP + 1);
        boolean exact = counted <= TOTAL_CAP;
        return new PageResult<>(mapper.apply(page), request.page, request.size,
                exact ? counted : TOTAL_CAP, exact, next);
    }

    /**
     * The matching rows, counted no further than {@code limit}: the database stops reading there. In the
     * list's order (HQL wants one beside a limit), which the list's index reads without a sort.
     */
    private static long countUpTo(EntityManager em, String entity, ListQuery query, String orderBy, int limit) {
        TypedQuery<Long> count = em.createQuery("select count(*) from (select id as id from " + entity + " where "
                + query.where() + " order by " + orderBy + " limit " + limit + ")", Long.class);
        bind(count, query.parameters());
        return count.getSingleResult();
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
