package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectPart;
import cn.daxiang.justice.kit.approval.Approval;
import cn.daxiang.justice.kit.approval.Approvals;
import cn.daxiang.justice.kit.approval.AttachmentInput;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What every record of a subject's file has: its page under the subject, one by id within scope; and for the records
 * that go to approval (leave, residence change, revocation), their creation with the request and the request's id.
 */
@ApplicationScoped
public class SubjectParts {

    @Inject
    SubjectService subjects;

    @Inject
    CallerScope caller;

    @Inject
    Approvals approvals;

    /** The subject's records of {@code type} (404 for a subject out of scope), by {@code dateField} then id. */
    public <P extends SubjectPart, V> PageResult<V> page(Class<P> type, UUID subjectId, String dateField, PageRequest page,
                                                        Function<P, V> view) {
        ListQuery query = subjects.partsOf(subjectId);
        Sort sort = page.toSort(Map.of(dateField, dateField), Sort.ascending(dateField).and("id"));
        return PageResult.of(type, query, sort, page, view);
    }

    /**
     * The page of the subject's records of {@code type} that go to approval, each shown with the id of its latest request
     * of {@code kind}: the page's ids read in one query ({@link #views}).
     */
    public <P extends SubjectPart, V> PageResult<V> page(Class<P> type, UUID subjectId, String dateField, PageRequest page,
                                                        String kind, BiFunction<P, UUID, V> view) {
        ListQuery query = subjects.partsOf(subjectId);
        Sort sort = page.toSort(Map.of(dateField, dateField), Sort.ascending(dateField).and("id"));
        return PageResult.ofPage(type, query, sort, page, rows -> views(type, rows, kind, view));
    }

    /** The records' views with their latest request of {@code kind}, the requests' ids read in one query (lists, feeds). */
    public <P extends SubjectPart, V> List<V> views(Class<P> type, List<P> rows, String kind, BiFunction<P, UUID, V> view) {
        Map<UUID, UUID> ids = approvals.latestIds(type, rows.stream().map(p -> p.id).toList(), kind);
        return rows.stream().map(p -> view.apply(p, ids.get(p.id))).toList();
    }

    /**
     * Stores a new record of the (locked, writable) subject's file (SubjectService.addPart) and opens
     * its request of {@code kind}: the one create path of records that go to approval, for the API and sync alike.
     */
    public <P extends SubjectPart> P submit(Subject subject, UUID id, P part, String kind, String reasons,
                                            List<AttachmentInput> attachments) {
        subjects.addPart(subject, id, part, p -> { });
        approvals.request(kind, part, reasons, attachments);
        return part;
    }

    /** The id of the record's latest request of {@code kind}, for its view. */
    public UUID approvalId(SubjectPart part, String kind) {
        return approvals.latest(part, kind).map((Approval a) -> a.id).orElse(null);
    }

    /** One record if the caller sees it; 404 alike for a missing one and one out of scope. */
    public <P extends SubjectPart> P load(Class<P> type, String what, UUID id, LockModeType lock) {
        P part = Panache.getEntityManager(type).find(type, id, lock);
        if (part == null || !caller.covers(part.orgUnit)) {
            throw ApiException.notFound(what, id);
        }
        return part;
    }
}
