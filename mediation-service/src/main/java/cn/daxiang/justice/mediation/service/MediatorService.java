package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.mediation.api.MediatorInput;
import cn.daxiang.justice.mediation.api.MediatorView;
import cn.daxiang.justice.mediation.api.TrainingView;
import cn.daxiang.justice.mediation.domain.Committee;
import cn.daxiang.justice.mediation.domain.Employment;
import cn.daxiang.justice.mediation.domain.Mediator;
import cn.daxiang.justice.mediation.domain.Training;
import cn.daxiang.justice.mediation.mapping.StaffMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mediators, within the caller's scope, every write audited. A mediator's org unit is its
 * committee's, not the input's: create and update take it from there, hence their own sequence.
 */
@ApplicationScoped
public class MediatorService extends RecordService<Mediator, MediatorInput, MediatorView> {

    static final String WHAT = "人民调解员";
    static final Map<String, String> SORTABLE = Map.of("name", "name", "termStart", "termStart", "createdAt", "createdAt");

    @Inject
    References references;

    MediatorService() {
        super(Mediator.class, WHAT, Mediator::new);
    }

    @Override
    @Transactional
    public Mediator createEntity(MediatorInput input) {
        Committee committee = references.committee(input.committeeId());
        caller.requireWritable(committee.orgUnit);
        check(input);
        Records.requireNew(Mediator.class, input.id());
        Mediator m = new Mediator();
        m.id = input.id();
        StaffMapper.apply(input, committee.orgUnit, m);
        m.persist();
        audit.created(m);
        return m;
    }

    @Override
    @Transactional
    public void applyUpdate(Mediator m, MediatorInput input) {
        caller.requireWritable(m.orgUnit);
        Committee committee = references.committee(input.committeeId());
        caller.requireWritable(committee.orgUnit);
        check(input);
        audit.update(m, r -> StaffMapper.apply(input, committee.orgUnit, r));
    }

    @Override
    protected void check(MediatorInput input) {
        CommitteeService.checkTerm(input.termStart(), input.termEnd());
    }

    /** The input on the record, in its committee's org unit (sync's candidate for "same content"). */
    @Override
    public void apply(MediatorInput input, Mediator m) {
        StaffMapper.apply(input, committeeOrgUnit(input), m);
    }

    @Override
    public MediatorView view(Mediator m) {
        return StaffMapper.toView(m, personalData.single());
    }

    /** The org unit of the committee an input names; null when there is none. */
    public static String committeeOrgUnit(MediatorInput input) {
        Committee committee = Committee.findById(input.committeeId());
        return committee == null ? null : committee.orgUnit;
    }

    public PageResult<MediatorView> list(String orgUnit, UUID committeeId, Employment employment, LocalDate activeOn, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("committeeId = :committeeId", "committeeId", committeeId)
                .and("employment = :employment", "employment", employment)
                .and("termStart <= :activeOn and (termEnd is null or termEnd >= :activeOn)", "activeOn", activeOn);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name").and("id"));
        Disclosure disclosure = personalData.bulk();
        return PageResult.of(Mediator.class, query, sort, page,
                m -> StaffMapper.toView(m, disclosure));
    }

    /** The sessions one mediator attended, oldest first. */
    public List<TrainingView> trainingsOf(UUID mediatorId) {
        Mediator m = load(mediatorId, LockModeType.NONE);
        return Training.<Training>find("select distinct t from Training t join t.attendances a "
                        + "where a.mediatorId = ?1 and t.orgUnit like ?2 order by t.heldOn, t.id", m.id, caller.likePattern())
                .list().stream().map(StaffMapper::toView).toList();
    }
}
