package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.mediation.api.TrainingInput;
import cn.daxiang.justice.mediation.api.TrainingView;
import cn.daxiang.justice.mediation.domain.Training;
import cn.daxiang.justice.mediation.domain.TrainingKind;
import cn.daxiang.justice.mediation.mapping.StaffMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Mediators' training sessions, within the caller's scope, every write audited. */
@ApplicationScoped
public class TrainingService extends RecordService<Training, TrainingInput, TrainingView> {

    static final String WHAT = "调解员培训";
    static final Map<String, String> SORTABLE = Map.of("heldOn", "heldOn", "createdAt", "createdAt");

    @Inject
    References references;

    TrainingService() {
        super(Training.class, WHAT, Training::new);
    }

    /** The attendees, checked after "id exists" as they always were. */
    @Override
    protected void requireUnique(TrainingInput input, UUID self) {
        references.check(null, "attendeeIds", input.attendeeIds(), "同一调解员不能重复登记");
    }

    @Override
    public void apply(TrainingInput input, Training t) {
        StaffMapper.apply(input, t);
    }

    @Override
    public TrainingView view(Training t) {
        return StaffMapper.toView(t);
    }

    public PageResult<TrainingView> list(String orgUnit, TrainingKind kind, LocalDate heldFrom, LocalDate heldTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("heldOn >= :heldFrom", "heldFrom", heldFrom)
                .and("heldOn <= :heldTo", "heldTo", heldTo);
        Sort sort = page.toSort(SORTABLE, Sort.descending("heldOn").and("id"));
        return PageResult.of(Training.class, query, sort, page, StaffMapper::toView);
    }
}
