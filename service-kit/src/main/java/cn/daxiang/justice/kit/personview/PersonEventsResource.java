package cn.daxiang.justice.kit.personview;

import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.Problem;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.kit.security.OrgUnitCode;
import cn.daxiang.justice.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * A line's person events for the cross-line figures of the evaluation service (issue 22): the keyed hash of the ID
 * number (from the kit's blind index), the event, its date and org unit — never a number or a name. A line declares a
 * subclass with its {@code @Path} ({@code /api/v1/<line>/person-events}), its {@code @Tag} and {@link #eventsSql()}.
 * For the evaluation service's token ({@code service}) and the district admin; by event date, then record.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class PersonEventsResource {

    @Inject
    protected CallerScope caller;

    @Inject
    protected EntityManager em;

    /**
     * A SELECT of the line's events with the columns {@code record_type} (the record type as the blind index names it),
     * {@code record_id}, {@code event}, {@code event_date} and {@code org_unit}, e.g. a UNION ALL over its tables.
     */
    protected abstract String eventsSql();

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.SERVICE, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "kit.personEvents", summary = "Persons' events, by the keyed hash only / 人员事件（仅哈希）",
            description = "For the evaluation service's cross-line figures: every event of a person whose ID number the line holds, "
                    + "dated in [from, to], in the org unit and below. Hashes only; persons without an ID number are left out.")
    @APIResponse(responseCode = "200", description = "One page of events, oldest first")
    @APIResponse(responseCode = "400", description = "Invalid dates or paging / 参数不合规",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Org unit outside the caller's scope / 超出管辖范围",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<PersonEventView> events(
            @Parameter(description = "Org unit and everything below it; the caller's own by default / 机构代码（含下级）", example = "430503000000")
            @QueryParam("orgUnit") String orgUnit,
            @Parameter(description = "Events on or after / 起始日期", example = "2016-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Events on or before / 截止日期", example = "2021-12-31") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        String unit = orgUnit == null ? caller.orgUnit() : orgUnit;
        if (!OrgUnitCode.isWellFormed(unit)) {
            throw ApiException.invalid("orgUnit", "机构代码应为12位数字");
        }
        if (!caller.covers(unit)) {
            throw ApiException.forbidden("机构 " + unit + " 不在您的管辖范围内");
        }
        if (from == null || to == null || from.isAfter(to)) {
            throw ApiException.invalid(from == null ? "from" : "to", "需要起止日期，且起始日期不晚于截止日期");
        }
        if (page.cursor != null || page.sort != null) {
            throw ApiException.invalid(page.cursor != null ? "cursor" : "sort", "人员事件按日期排序、按页码翻页，不支持游标或其他排序");
        }
        int offset = page.offset();
        String where = " FROM (" + eventsSql() + ") e JOIN person_index p ON p.record_type = e.record_type AND p.record_id = e.record_id"
                + " WHERE p.id_hash IS NOT NULL AND e.org_unit LIKE :scope AND e.event_date BETWEEN :from AND :to";
        Query rows = em.createNativeQuery("SELECT p.id_hash, e.event, e.event_date, e.org_unit" + where
                        + " ORDER BY e.event_date, e.record_id, e.event LIMIT :limit OFFSET :offset")
                .setParameter("limit", page.size).setParameter("offset", offset);
        Query count = em.createNativeQuery("SELECT count(*)" + where, Long.class);
        for (Query q : List.of(rows, count)) {
            q.setParameter("scope", OrgUnitCode.likePattern(unit)).setParameter("from", from).setParameter("to", to);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        List<PersonEventView> items = found.stream().map(r -> new PersonEventView((String) r[0], (String) r[1], date(r[2]), (String) r[3]))
                .toList();
        return new PageResult<>(items, page.page, page.size, ((Number) count.getSingleResult()).longValue());
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
