package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.ElectronicLocationEndInput;
import cn.daxiang.justice.corrections.api.ElectronicLocationInput;
import cn.daxiang.justice.corrections.api.ElectronicLocationRenewInput;
import cn.daxiang.justice.corrections.api.ElectronicLocationView;
import cn.daxiang.justice.corrections.domain.ElectronicLocation;
import cn.daxiang.justice.corrections.domain.ElectronicLocationStatus;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.mapping.ElectronicLocationMapper;
import cn.daxiang.justice.corrections.sync.ElectronicLocationSyncInput;
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
 * Electronic location (电子定位) of subjects, 《中华人民共和国社区矫正法》第二十九条: a decision approved by the county
 * bureau's head for one of the five grounds, at most three months; renewed (a new record starting the day after the
 * extended one ends, again at most three months) or ended (解除). The record has its subject's org unit; the subject
 * is locked before it, as for violations.
 */
@ApplicationScoped
public class ElectronicLocationService extends RecordService<ElectronicLocation, ElectronicLocationSyncInput, ElectronicLocationView> {

    static final String WHAT = "电子定位";

    @Inject
    SubjectService subjects;

    ElectronicLocationService() {
        super(ElectronicLocation.class, WHAT, ElectronicLocation::new);
    }

    @Transactional
    public ElectronicLocationView create(UUID subjectId, ElectronicLocationInput input) {
        return view(createEntity(syncInput(subjectId, input)));
    }

    /** The one create path of decisions, used by the API's POST and by sync. */
    @Override
    @Transactional
    public ElectronicLocation createEntity(ElectronicLocationSyncInput input) {
        Subject subject = writableSubject(input.subjectId());
        if (subject.status != SubjectStatus.IN_CORRECTION) {
            throw ApiException.conflict("该对象已解除或终止矫正，不能再决定使用电子定位");
        }
        ElectronicLocationInput decision = input.toApiInput();
        check(subject, decision);
        return add(subject, decision.id(), decision, null);
    }

    /** The one update path of decisions, used by sync (the API has no PUT: it renews or ends). */
    @Override
    @Transactional
    public void applyUpdate(ElectronicLocation location, ElectronicLocationSyncInput input) {
        Subject subject = writableSubject(location.subjectId);
        ElectronicLocationInput decision = input.toApiInput();
        check(subject, decision);
        if (location.renewedOn != null && !location.endsOn.equals(decision.endsOn())) {
            throw ApiException.conflict("该电子定位已延长，截止日期不能再更改");
        }
        if (location.endedOn != null && location.endedOn.isBefore(decision.startsOn())) {
            throw ApiException.invalid("startsOn", "起始日期不能晚于解除日期");
        }
        requireNoOverlap(subject, decision.startsOn(), decision.endsOn(), location.id);
        audit.update(location, e -> ElectronicLocationMapper.apply(decision, e));
    }

    /** 延长: a new record from the day after this one ends, approved again, at most three months. */
    @Transactional
    public ElectronicLocationView renew(UUID id, String ifMatch, ElectronicLocationRenewInput input) {
        ElectronicLocation current = loadForAction(id, ifMatch, input.version());
        Subject subject = writableSubject(current.subjectId);
        if (current.status != ElectronicLocationStatus.ACTIVE) {
            throw ApiException.conflict("该电子定位已解除，不能延长");
        }
        if (current.renewedOn != null) {
            throw ApiException.conflict("该电子定位已延长，请延长延长后的记录");
        }
        LocalDate startsOn = current.endsOn.plusDays(1);
        ElectronicLocationInput renewal = new ElectronicLocationInput(input.id(), input.decidedOn(), input.approvedBy(),
                current.reason, startsOn, input.endsOn(), null);
        if (input.decidedOn().isBefore(current.decidedOn)) {
            throw ApiException.invalid("decidedOn", "延长决定日期不能早于原决定日期");
        }
        check(subject, renewal);
        ElectronicLocation created = add(subject, input.id(), renewal, current.id);
        audit.update(current, e -> e.renewedOn = input.decidedOn());
        return view(created);
    }

    /** 解除: 「对于不需要继续使用的，应当及时解除」 (第二十九条第二款), or at the end of the period. */
    @Transactional
    public ElectronicLocationView end(UUID id, String ifMatch, ElectronicLocationEndInput input) {
        ElectronicLocation current = loadForAction(id, ifMatch, input.version());
        writableSubject(current.subjectId);
        if (current.status != ElectronicLocationStatus.ACTIVE) {
            throw ApiException.conflict("该电子定位已解除");
        }
        if (current.renewedOn != null) {
            throw ApiException.conflict("该电子定位已延长，请解除延长后的记录");
        }
        if (input.endedOn().isBefore(current.startsOn)) {
            throw ApiException.invalid("endedOn", "解除日期不能早于起始日期");
        }
        audit.update(current, e -> {
            e.status = ElectronicLocationStatus.ENDED;
            e.endedOn = input.endedOn();
            e.endReason = input.endReason();
        });
        return view(current);
    }

    public PageResult<ElectronicLocationView> list(UUID subjectId, PageRequest page) {
        subjects.load(subjectId, LockModeType.NONE);
        ListQuery query = ListQuery.inScope(caller, null).and("subjectId = :subjectId", "subjectId", subjectId);
        Sort sort = page.toSort(Map.of("startsOn", "startsOn", "decidedOn", "decidedOn"), Sort.ascending("startsOn").and("id"));
        return PageResult.of(ElectronicLocation.class, query, sort, page, this::view);
    }

    @Override
    public void apply(ElectronicLocationSyncInput input, ElectronicLocation location) {
        ElectronicLocationMapper.apply(input.toApiInput(), location);
    }

    @Override
    public ElectronicLocationView view(ElectronicLocation location) {
        return ElectronicLocationMapper.toView(location, deadlines.of(location));
    }

    static ElectronicLocationSyncInput syncInput(UUID subjectId, ElectronicLocationInput in) {
        return new ElectronicLocationSyncInput(in.id(), subjectId, in.decidedOn(), in.approvedBy(), in.reason(), in.startsOn(),
                in.endsOn(), in.version());
    }

    /** The dates of a decision or renewal: after the decision, at most three months, within the subject's correction. */
    static void check(Subject subject, ElectronicLocationInput input) {
        if (input.startsOn().isBefore(input.decidedOn())) {
            throw ApiException.invalid("startsOn", "起始日期不能早于决定日期");
        }
        if (input.endsOn().isBefore(input.startsOn())) {
            throw ApiException.invalid("endsOn", "截止日期不能早于起始日期");
        }
        if (input.endsOn().isAfter(input.startsOn().plusMonths(ElectronicLocation.MAX_MONTHS))) {
            throw ApiException.invalid("endsOn", "使用电子定位装置的期限不得超过三个月（社区矫正法第二十九条第二款）");
        }
        if (input.decidedOn().isBefore(subject.intakeDate) || input.endsOn().isAfter(subject.correctionEnd)) {
            throw ApiException.invalid(input.decidedOn().isBefore(subject.intakeDate) ? "decidedOn" : "endsOn",
                    "电子定位须在矫正期间内（接收日期至矫正期满）");
        }
    }

    private Subject writableSubject(UUID subjectId) {
        Subject subject = subjects.load(subjectId, LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(subject.orgUnit);
        return subject;
    }

    private ElectronicLocation add(Subject subject, UUID id, ElectronicLocationInput input, UUID renewsId) {
        requireNoOverlap(subject, input.startsOn(), input.endsOn(), null);
        Records.requireNew(ElectronicLocation.class, id);
        ElectronicLocation location = new ElectronicLocation();
        location.id = id;
        location.subjectId = subject.id;
        location.orgUnit = subject.orgUnit;
        location.renewsId = renewsId;
        ElectronicLocationMapper.apply(input, location);
        location.persist();
        audit.created(location);
        return location;
    }

    /** One location at a time: a period that overlaps another one of the subject still in use is a 409. */
    private static void requireNoOverlap(Subject subject, LocalDate startsOn, LocalDate endsOn, UUID self) {
        long overlapping = ElectronicLocation.count("subjectId = ?1 and id <> ?2 and startsOn <= ?3"
                        + " and ((endedOn is null and endsOn >= ?4) or endedOn > ?4)",
                subject.id, self == null ? new UUID(0, 0) : self, endsOn, startsOn);
        if (overlapping > 0) {
            throw ApiException.conflict("该对象在此期间已在使用电子定位");
        }
    }
}
