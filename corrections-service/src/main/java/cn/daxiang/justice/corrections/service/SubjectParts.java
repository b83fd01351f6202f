package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.SubjectPart;
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

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The reads every record of a subject's file has: its page under the subject, and one by id within scope. */
@ApplicationScoped
public class SubjectParts {

    @Inject
    SubjectService subjects;

    @Inject
    CallerScope caller;

    /** The subject's records of {@code type} (404 for a subject out of scope), by {@code dateField} then id. */
    public <P extends SubjectPart, V> PageResult<V> page(Class<P> type, UUID subjectId, String dateField, PageRequest page,
                                                        Function<P, V> view) {
        subjects.load(subjectId, LockModeType.NONE);
        ListQuery query = ListQuery.inScope(caller, null).and("subjectId = :subjectId", "subjectId", subjectId);
        Sort sort = page.toSort(Map.of(dateField, dateField), Sort.ascending(dateField).and("id"));
        return PageResult.of(type, query, sort, page, view);
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
