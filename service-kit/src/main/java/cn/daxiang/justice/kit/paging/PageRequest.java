package cn.daxiang.justice.kit.paging;

import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Map;

/** The {@code page}, {@code size}, {@code sort} and {@code cursor} parameters every list takes ({@code @BeanParam}). */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    /**
     * How deep offset paging goes: {@code page × size} at most this. An offset makes the database
     * read and throw away every row before the page, so a deep page costs as much as an export.
     */
    public static final int MAX_OFFSET = 10_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "页码不能小于0")
    @Parameter(description = "Page number, from 0; page × size at most 10000 (deeper: narrow the list with its filters, "
            + "or mirror it through the sync change feed) / 页码，从0开始；页码×每页条数不超过10000")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "每页条数不能小于1")
    @Max(value = MAX_SIZE, message = "每页条数不能超过200")
    @Parameter(description = "Page size, 1 to 200, default 20 / 每页条数，1至200，默认20")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "field,asc|desc / 排序字段与方向", example = "createdAt,desc")
    public String sort;

    @QueryParam("cursor")
    @Parameter(description = "Keyset paging: the nextCursor of the previous page, with the same filters and sort; "
            + "without page, to any depth; a changed cursor answers 400 / 游标翻页：传上一页的nextCursor（筛选与排序不变），不受页码深度限制")
    public String cursor;

    public PageRequest() {
        this.size = 20;
    }

    public static PageRequest of(int page, int size, String sort) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        request.sort = sort;
        return request;
    }

    /** For lists without keyset paging: a cursor there is refused, not silently read as the first page. */
    void requireNoCursor() {
        if (cursor != null) {
            throw ApiException.invalid("cursor", "此列表不支持游标翻页，请用页码");
        }
    }

    public Page toPage() {
        offset();
        return Page.of(page, size);
    }

    /** The rows before this page, for lists read with SQL of their own; 400 past {@link #MAX_OFFSET}. */
    public int offset() {
        if ((long) page * size > MAX_OFFSET) {
            throw ApiException.invalid("page", "翻页过深：页码×每页条数不能超过" + MAX_OFFSET
                    + "。请用筛选条件（机构、状态、日期范围等）缩小范围，或通过同步变更流（sync/{resource}/changes，游标分页）读取全部记录");
        }
        return page * size;
    }

    /**
     * The sort asked for, checked against the fields a list allows.
     *
     * @param allowed API field name to entity attribute
     * @param fallback used when no sort is given; lists always sort so paging is stable
     */
    public Sort toSort(Map<String, String> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String[] parts = sort.split(",", -1);
        String attribute = allowed.get(parts[0].trim());
        if (attribute == null || parts.length > 2) {
            throw ApiException.invalid("sort", "不支持按此字段排序，可选：" + String.join(", ", allowed.keySet()));
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        Sort chosen = switch (direction) {
            case "asc" -> Sort.ascending(attribute);
            case "desc" -> Sort.descending(attribute);
            default -> throw ApiException.invalid("sort", "排序方向只能是 asc 或 desc");
        };
        // A unique tie-breaker keeps pages stable when many rows share the sort value.
        return chosen.and("id");
    }
}
