package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.ResettlementVisitInput;
import cn.daxiang.justice.corrections.api.ResettlementVisitSyncInput;
import cn.daxiang.justice.corrections.api.ResettlementVisitView;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.ResettlementVisit;
import cn.daxiang.justice.corrections.domain.ResettlementVisitKind;
import cn.daxiang.justice.kit.domain.Moves;
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.problem.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The 帮教 visits (帮教走访) of a person in resettlement: recorded under the person ({@code POST
 * resettlement/persons/{id}/visits}), in the person's org unit, dated within the 帮教 period (from the release to its
 * end), read and corrected on their own ({@code resettlement/visits/{id}}). The person's row lock is taken before the
 * visit's, by the API and by sync alike.
 */
@ApplicationScoped
public class ResettlementVisitService extends RecordService<ResettlementVisit, ResettlementVisitSyncInput, ResettlementVisitView> {

    public static final String WHAT = "帮教走访记录";
    static final Map<String, String> SORTABLE = Map.of("visitedOn", "visitedOn", "createdAt", "createdAt",
            "orgUnit", "orgUnit", "kind", "kind");

    @Inject
    Moves moves;

    ResettlementVisitService() {
        super(ResettlementVisit.class, WHAT, ResettlementVisit::new);
    }

    @Override
    public void apply(ResettlementVisitSyncInput input, ResettlementVisit visit) {
        visit.visitedOn = input.visitedOn();
        visit.visitedBy = input.visitedBy().strip();
        visit.kind = input.kind();
        visit.result = input.result().strip();
    }

    @Override
    public ResettlementVisitView view(ResettlementVisit v) {
        return toView(v);
    }

    public static ResettlementVisitView toView(ResettlementVisit v) {
        return new ResettlementVisitView(v.id, v.personId, v.orgUnit, v.version, v.visitedOn, v.visitedBy, v.kind, v.result,
                v.createdAt, v.updatedAt);
    }

    /** The API's POST under the person's path. */
    @Transactional
    public ResettlementVisitView create(UUID personId, ResettlementVisitInput input) {
        return view(createEntity(ResettlementVisitSyncInput.of(personId, input)));
    }

    /** The one create path, used by the API and by sync: a writable person, the dates, the person's org unit, audit. */
    @Override
    @Transactional
    public ResettlementVisit createEntity(ResettlementVisitSyncInput input) {
        ResettlementPerson person = person(input.personId(), LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(person.orgUnit);
        checkDate(person, input.visitedOn());
        Records.requireNew(ResettlementVisit.class, input.id());
        ResettlementVisit visit = new ResettlementVisit();
        visit.id = input.id();
        visit.personId = person.id;
        visit.orgUnit = person.orgUnit;
        apply(input, visit);
        visit.persist();
        audit.created(visit);
        return visit;
    }

    /** The API's PUT: the person locked before the visit, then the version the change is based on. */
    @Transactional
    public ResettlementVisitView update(UUID id, String ifMatch, ResettlementVisitInput input) {
        ResettlementVisit visit = ChildRecords.lockForUpdate(this, id, v -> v.personId,
                personId -> person(personId, LockModeType.PESSIMISTIC_WRITE), ifMatch, input.version());
        applyUpdate(visit, ResettlementVisitSyncInput.of(visit.personId, input));
        return view(visit);
    }

    /** The one update path, used by the API (after its locks and version check) and by sync (after locking the person). */
    @Override
    @Transactional
    public void applyUpdate(ResettlementVisit visit, ResettlementVisitSyncInput input) {
        caller.requireWritable(visit.orgUnit);
        if (!visit.personId.equals(input.personId())) {
            throw ApiException.invalid("personId", "帮教走访记录所属的安置帮教对象不能更改");
        }
        checkDate(ResettlementPerson.findById(visit.personId), input.visitedOn());
        audit.update(visit, v -> apply(input, v));
    }

    /** A person's visits, oldest first; 404 for a person the caller does not see. */
    public PageResult<ResettlementVisitView> ofPerson(UUID personId, PageRequest page) {
        person(personId, LockModeType.NONE);
        ListQuery query = ListQuery.inScope(caller, null).and("personId = :personId", "personId", personId);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("visitedOn").and("id"));
        return PageResult.of(ResettlementVisit.class, query, sort, page, ResettlementVisitService::toView);
    }

    /** The district's or township's list, newest first. */
    public PageResult<ResettlementVisitView> list(String orgUnit, ResettlementVisitKind kind, LocalDate from, LocalDate to,
                                                  PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("visitedOn >= :from", "from", from)
                .and("visitedOn <= :to", "to", to);
        Sort sort = page.toSort(SORTABLE, Sort.descending("visitedOn").and("id"));
        return PageResult.of(ResettlementVisit.class, query, sort, page, ResettlementVisitService::toView);
    }

    /** A change of the person's release or end day may not leave a visit outside the 帮教 period. */
    void checkPersonDates(UUID personId, LocalDate releasedOn, LocalDate endedOn) {
        LocalDate first = bound(personId, "min");
        if (first != null && first.isBefore(releasedOn)) {
            throw ApiException.invalid("releasedOn", "释放或解除矫正日期不能晚于已登记的帮教走访日期 " + first);
        }
        LocalDate last = bound(personId, "max");
        if (endedOn != null && last != null && last.isAfter(endedOn)) {
            throw ApiException.invalid("endedOn", "帮教结束日期不能早于已登记的最后一次帮教走访日期 " + last);
        }
    }

    private static LocalDate bound(UUID personId, String aggregate) {
        return ResettlementVisit.getEntityManager()
                .createQuery("select " + aggregate + "(v.visitedOn) from ResettlementVisit v where v.personId = :id", LocalDate.class)
                .setParameter("id", personId).getSingleResult();
    }

    /** The person's visits move with the person (locked by the caller's update). */
    void follow(ResettlementPerson person) {
        moves.follow(ResettlementVisit.getEntityManager()
                .createQuery("from ResettlementVisit where personId = :id and orgUnit <> :orgUnit order by id", ResettlementVisit.class)
                .setParameter("id", person.id).setParameter("orgUnit", person.orgUnit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList(), person.orgUnit);
    }

    /** The person if the caller sees it; 404 alike for a missing one and one outside the caller's scope. */
    ResettlementPerson person(UUID personId, LockModeType lock) {
        ResettlementPerson person = ResettlementPerson.getEntityManager().find(ResettlementPerson.class, personId, lock);
        if (person == null || !caller.covers(person.orgUnit)) {
            throw ApiException.notFound(ResettlementService.WHAT, personId);
        }
        return person;
    }

    /** Within the 帮教 period: from the release to its end. (Not in the future: the input's {@code @PastOrPresent}.) */
    static void checkDate(ResettlementPerson person, LocalDate on) {
        if (on.isBefore(person.releasedOn)) {
            throw ApiException.invalid("visitedOn", "走访日期不能早于释放或解除矫正日期 " + person.releasedOn);
        }
        if (person.endedOn != null && on.isAfter(person.endedOn)) {
            throw ApiException.invalid("visitedOn", "走访日期不能晚于帮教结束日期 " + person.endedOn);
        }
    }
}
