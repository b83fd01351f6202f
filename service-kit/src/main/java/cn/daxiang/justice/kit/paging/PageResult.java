package cn.daxiang.justice.kit.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The list envelope of the conventions: {@code {"items", "page", "size", "totalItems"}}. The fields are
 * required one by one, not by a class-level {@code @Schema}, which would add an unused raw schema.
 */
public record PageResult<T>(
        @Schema(required = true, description = "The records of this page / 本页记录") List<T> items,
        @Schema(required = true, description = "Page number, from 0 / 页码") int page,
        @Schema(required = true, description = "Page size / 每页条数") int size,
        @Schema(required = true, description = "Matching records in all pages / 总条数") long totalItems) {

    public static <E, T> PageResult<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(request.toPage()).list().stream().map(mapper).toList();
        return new PageResult<>(items, request.page, request.size, query.count());
    }
}
