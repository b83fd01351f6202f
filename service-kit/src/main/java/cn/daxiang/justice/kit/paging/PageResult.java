package cn.daxiang.justice.kit.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** The list envelope of the conventions: {@code {"items", "page", "size", "totalItems"}}. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

    public static <E, T> PageResult<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(request.toPage()).list().stream().map(mapper).toList();
        return new PageResult<>(items, request.page, request.size, query.count());
    }
}
