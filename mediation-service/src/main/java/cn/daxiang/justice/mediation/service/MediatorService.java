package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.Disclosure;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.problem.FieldError;
import cn.daxiang.justice.kit.security.CallerScope;
import cn.daxiang.justice.mediation.api.MediatorInput;
import cn.daxiang.justice.mediation.api.MediatorView;
import cn.daxiang.justice.mediation.api.TrainingInput;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mediators and their training sessions, within the caller's scope, every write audited. */
@ApplicationScoped
public class MediatorService {

    static final String MEDIATOR = "人民调解员";
    static final String TRAINING = "调解员培训";
    static final Map<String, String> MEDIATOR_SORTABLE = Map.of("name", "name", "termStart", "termStart", "createdAt", "createdAt");
    static final Map<String, String> TRAINING_SORTABLE = Map.of("heldOn", "heldOn", "createdAt", "createdAt");

    @Inject
    CallerScope caller;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    AuditLog audit;

    @Transactional
    public MediatorView create(MediatorInput input) {
        return view(createEntity(input));
    }

    /** The one way a mediator is registered, by the API's POST and by sync: scope, checks, audit. */
    @Transactional
    public Mediator createEntity(MediatorInput input) {
        Committee committee = committee(input.committeeId());
        caller.requireWritable(committee.orgUnit);
        checkTerm(input.termStart(), input.termEnd());
        Records.requireNew(Mediator.class, input.id());
        Mediator m = new Mediator();
        m.id = input.id();
        StaffMapper.apply(input, committee.orgUnit, m);
        m.persist();
        audit.created(m);
        return m;
    }

    @Transactional
    public MediatorView update(UUID id, String ifMatch, MediatorInput input) {
        Mediator m = loadMediator(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(m, Versioning.expected(ifMatch, input.version()));
        applyUpdate(m, input);
        return view(m);
    }

    /**
     * The one way a mediator is changed, by the API's PUT and by sync, on a record the caller has
     * locked and version-checked: scope, checks, new version, audit.
     */
    @Transactional
    public void applyUpdate(Mediator m, MediatorInput input) {
        caller.requireWritable(m.orgUnit);
        Committee committee = committee(input.committeeId());
        caller.requireWritable(committee.orgUnit);
        checkTerm(input.termStart(), input.termEnd());
        audit.update(m, r -> StaffMapper.apply(input, committee.orgUnit, r));
    }

    /** The mediator as the API shows it to the caller reading one record. */
    public MediatorView view(Mediator m) {
        return StaffMapper.toView(m, full());
    }

    public MediatorView get(UUID id) {
        return StaffMapper.toView(loadMediator(id, LockModeType.NONE), full());
    }

    public PageResult<MediatorView> list(String orgUnit, UUID committeeId, Employment employment, LocalDate activeOn, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("committeeId = :committeeId", "committeeId", committeeId)
                .and("employment = :employment", "employment", employment)
                .and("termStart <= :activeOn and (termEnd is null or termEnd >= :activeOn)", "activeOn", activeOn);
        Sort sort = page.toSort(MEDIATOR_SORTABLE, Sort.ascending("name").and("id"));
        Disclosure disclosure = personalData.bulk();
        return PageResult.of(Mediator.<Mediator>find(query.where(), sort, query.parameters()), page,
                m -> StaffMapper.toView(m, disclosure));
    }

    /** The sessions one mediator attended, oldest first. */
    public List<TrainingView> trainingsOf(UUID mediatorId) {
        Mediator m = loadMediator(mediatorId, LockModeType.NONE);
        return Training.<Training>find("select distinct t from Training t join t.attendances a "
                        + "where a.mediatorId = ?1 and t.orgUnit like ?2 order by t.heldOn, t.id", m.id, caller.likePattern())
                .list().stream().map(StaffMapper::toView).toList();
    }

    @Transactional
    public TrainingView createTraining(TrainingInput input) {
        return StaffMapper.toView(createTrainingEntity(input));
    }

    /** The one way a training is recorded, by the API's POST and by sync: scope, attendees, audit. */
    @Transactional
    public Training createTrainingEntity(TrainingInput input) {
        caller.requireWritable(input.orgUnit());
        Records.requireNew(Training.class, input.id());
        checkAttendees(input.attendeeIds());
        Training t = new Training();
        t.id = input.id() == null ? UUID.randomUUID() : input.id();
        StaffMapper.apply(input, t);
        t.persist();
        audit.created(t);
        return t;
    }

    @Transactional
    public TrainingView updateTraining(UUID id, String ifMatch, TrainingInput input) {
        Training t = loadTraining(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(t, Versioning.expected(ifMatch, input.version()));
        applyTrainingUpdate(t, input);
        return StaffMapper.toView(t);
    }

    /**
     * The one way a training is changed, by the API's PUT and by sync, on a record the caller has
     * locked and version-checked: scope, attendees, new version, audit.
     */
    @Transactional
    public void applyTrainingUpdate(Training t, TrainingInput input) {
        caller.requireWritable(t.orgUnit);
        caller.requireWritable(input.orgUnit());
        checkAttendees(input.attendeeIds());
        audit.update(t, r -> StaffMapper.apply(input, r));
    }

    public TrainingView getTraining(UUID id) {
        return StaffMapper.toView(loadTraining(id, LockModeType.NONE));
    }

    public PageResult<TrainingView> listTrainings(String orgUnit, cn.daxiang.justice.mediation.domain.TrainingKind kind,
                                                  LocalDate heldFrom, LocalDate heldTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("kind = :kind", "kind", kind)
                .and("heldOn >= :heldFrom", "heldFrom", heldFrom)
                .and("heldOn <= :heldTo", "heldTo", heldTo);
        Sort sort = page.toSort(TRAINING_SORTABLE, Sort.descending("heldOn").and("id"));
        return PageResult.of(Training.<Training>find(query.where(), sort, query.parameters()), page, StaffMapper::toView);
    }

    private void checkAttendees(List<UUID> ids) {
        List<FieldError> errors = new ArrayList<>();
        if (new HashSet<>(ids).size() != ids.size()) {
            errors.add(new FieldError("attendeeIds", "同一调解员不能重复登记"));
        }
        for (UUID id : ids) {
            Mediator m = Mediator.findById(id);
            if (m == null || !caller.covers(m.orgUnit)) {
                errors.add(new FieldError("attendeeIds", "未找到调解员：" + id));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private Committee committee(UUID id) {
        Committee c = Committee.findById(id);
        if (c == null || !caller.covers(c.orgUnit)) {
            throw ApiException.invalid("committeeId", "未找到该人民调解委员会");
        }
        return c;
    }

    private static void checkTerm(LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw ApiException.invalid("termEnd", "任期结束日期不能早于任期开始日期");
        }
    }

    private Mediator loadMediator(UUID id, LockModeType lock) {
        Mediator m = Mediator.<Mediator>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(MEDIATOR, id));
        caller.requireVisible(m.orgUnit, MEDIATOR, id);
        return m;
    }

    private Training loadTraining(UUID id, LockModeType lock) {
        Training t = Training.<Training>findByIdOptional(id, lock).orElseThrow(() -> ApiException.notFound(TRAINING, id));
        caller.requireVisible(t.orgUnit, TRAINING, id);
        return t;
    }

    private Disclosure full() {
        return personalData.single();
    }
}
