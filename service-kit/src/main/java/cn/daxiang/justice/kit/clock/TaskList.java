package cn.daxiang.justice.kit.clock;

import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Map;

/** Reads the to-do list from {@code deadline}: the caller's scope first, then the filters, by due date. */
@ApplicationScoped
public class TaskList {

    @Inject
    CallerScope caller;

    @Inject
    Deadlines deadlines;

    public PageResult<Task> page(TaskFilter filter, PageRequest page) {
        if (filter.kind != null && deadlines.rule(filter.kind) == null) {
            throw ApiException.invalid("kind", "未知的事项代码，可选：" + String.join(", ", deadlines.rules().stream().map(DeadlineRule::kind).toList()));
        }
        LocalDate today = deadlines.today();
        ListQuery query = ListQuery.inScope(caller, filter.orgUnit)
                .and("kind = :kind", "kind", filter.kind)
                .and("dueOn <= :dueBefore", "dueBefore", filter.dueBefore);
        String state = filter.state == null ? "metOn is null" : condition(filter.state);
        if (state.contains(":today")) {
            query.and(state, "today", today);
        } else {
            query.andIf(true, state);
        }
        Sort order = page.toSort(Map.of("dueOn", "orderOn"), Sort.ascending("orderOn").and("id"));
        return PageResult.of(DeadlineEntry.class, query, order, page,
                row -> Task.of(row, deadlines.rule(row.kind), state(row, today)));
    }

    /** The state as SQL over the row, read on {@code :today}; the open ones say {@code metOn is null} for the partial index. */
    static String condition(DeadlineState state) {
        return switch (state) {
            case PENDING -> "metOn is null and stoppedSince is null and (dueOn is null or remindOn > :today)";
            case DUE_SOON -> "metOn is null and stoppedSince is null and remindOn <= :today and dueOn >= :today";
            case OVERDUE -> "metOn is null and stoppedSince is null and dueOn < :today";
            case STOPPED -> "metOn is null and stoppedSince is not null";
            case MET -> "metOn is not null and (dueOn is null or metOn <= dueOn)";
            case MISSED -> "metOn is not null and metOn > dueOn";
        };
    }

    private DeadlineState state(DeadlineEntry row, LocalDate today) {
        return DeadlineState.of(row.dueOn, row.metOn, row.stoppedSince != null, row.remindOn, today);
    }
}
