package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.HandoverInput;
import cn.daxiang.justice.corrections.api.ResettlementInput;
import cn.daxiang.justice.corrections.api.ResettlementView;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.ResettlementSource;
import cn.daxiang.justice.corrections.domain.ResettlementStatus;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.corrections.domain.SubjectStatus;
import cn.daxiang.justice.corrections.domain.SupportTeamMember;
import cn.daxiang.justice.corrections.mapping.CorrectionsMapper;
import cn.daxiang.justice.kit.audit.AuditLog;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.domain.Versioning;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
import cn.daxiang.justice.kit.paging.ListQuery;
import cn.daxiang.justice.kit.paging.PageRequest;
import cn.daxiang.justice.kit.paging.PageResult;
import cn.daxiang.justice.kit.personal.PersonalDataPolicy;
import cn.daxiang.justice.kit.problem.ApiException;
import cn.daxiang.justice.kit.security.CallerScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resettlement and support (安置帮教), including the hand-over of a subject released from correction. */
@ApplicationScoped
public class ResettlementService {

    static final String WHAT = "安置帮教对象";
    public static final String HANDOVER = "HANDOVER";
    static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "releasedOn", "releasedOn",
            "name", "name", "createdAt", "createdAt", "orgUnit", "orgUnit");

    @Inject
    CallerScope caller;

    @Inject
    PersonalDataPolicy personalData;

    @Inject
    AuditLog audit;

    @Inject
    SubjectService subjects;

    @Transactional
    public ResettlementView create(ResettlementInput input) {
        return view(createEntity(input));
    }

    /** The one create path of resettlement persons, used by the API's POST and by sync. */
    @Transactional
    public ResettlementPerson createEntity(ResettlementInput input) {
        caller.requireWritable(input.orgUnit());
        checkDates(input.releasedOn(), input.receivedOn(), input.endedOn());
        Records.requireNew(ResettlementPerson.class, input.id());
        ResettlementPerson person = new ResettlementPerson();
        person.id = input.id();
        apply(input, person);
        person.persist();
        audit.created(person);
        return person;
    }

    @Transactional
    public ResettlementView update(UUID id, String ifMatch, ResettlementInput input) {
        ResettlementPerson person = load(id, LockModeType.PESSIMISTIC_WRITE);
        Versioning.check(person, Versioning.expected(ifMatch, input.version()));
        applyUpdate(person, input);
        return view(person);
    }

    /** The one update path, used by the API's PUT (after its lock and version check) and by sync. */
    @Transactional
    public void applyUpdate(ResettlementPerson person, ResettlementInput input) {
        caller.requireWritable(person.orgUnit);
        caller.requireWritable(input.orgUnit());
        checkDates(input.releasedOn(), input.receivedOn(), input.endedOn());
        if (person.subjectId != null) {
            if (input.source() != ResettlementSource.CORRECTION_RELEASE) {
                throw ApiException.invalid("source", "由解除矫正移交的记录来源只能是 CORRECTION_RELEASE");
            }
            if (!ResidentIdNumber.normalize(input.idNumber()).equals(person.idNumber)) {
                throw ApiException.invalid("idNumber", "由解除矫正移交的记录不能更改身份证号码");
            }
        }
        audit.update(person, p -> apply(input, p));
    }

    /** Hands a subject released from correction to resettlement in one call, keeping the link between the two. */
    @Transactional
    public ResettlementView handOver(UUID subjectId, HandoverInput input) {
        Subject subject = subjects.load(subjectId, LockModeType.PESSIMISTIC_WRITE);
        String orgUnit = input.orgUnit() == null ? subject.orgUnit : input.orgUnit();
        caller.requireWritable(orgUnit);
        if (subject.status != SubjectStatus.RELEASED) {
            throw ApiException.conflict("只有已解除矫正的对象可以移交安置帮教");
        }
        if (ResettlementPerson.count("subjectId", subject.id) > 0) {
            throw ApiException.conflict("该对象已移交安置帮教");
        }
        checkDates(subject.endedOn, input.receivedOn(), null);
        Records.requireNew(ResettlementPerson.class, input.id());
        ResettlementPerson person = new ResettlementPerson();
        person.id = input.id();
        person.orgUnit = orgUnit;
        person.name = subject.name;
        person.gender = subject.gender;
        person.idNumber = subject.idNumber;
        person.source = ResettlementSource.CORRECTION_RELEASE;
        person.releasedOn = subject.endedOn;
        person.receivedOn = input.receivedOn();
        person.handoverDone = input.handoverDone();
        person.keyTarget = input.keyTarget();
        person.supportTeam = team(input.supportTeam());
        person.subjectId = subject.id;
        person.persist();
        audit.created(person);
        return view(person);
    }

    public ResettlementView get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    public PageResult<ResettlementView> list(String orgUnit, ResettlementSource source, ResettlementStatus status,
                                             Boolean keyTarget, LocalDate receivedFrom, LocalDate receivedTo, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("source = :source", "source", source)
                .andIf(status == ResettlementStatus.IN_SUPPORT, "endedOn is null")
                .andIf(status == ResettlementStatus.ENDED, "endedOn is not null")
                .and("keyTarget = :keyTarget", "keyTarget", keyTarget)
                .and("receivedOn >= :receivedFrom", "receivedFrom", receivedFrom)
                .and("receivedOn <= :receivedTo", "receivedTo", receivedTo);
        Sort sort = page.toSort(SORTABLE, Sort.descending("receivedOn").and("id"));
        return PageResult.of(ResettlementPerson.<ResettlementPerson>find(query.where(), sort, query.parameters()), page,
                p -> CorrectionsMapper.toView(p, personalData.bulk()));
    }

    private ResettlementPerson load(UUID id, LockModeType lock) {
        ResettlementPerson person = ResettlementPerson.<ResettlementPerson>findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound(WHAT, id));
        caller.requireVisible(person.orgUnit, WHAT, id);
        return person;
    }

    private static void checkDates(LocalDate releasedOn, LocalDate receivedOn, LocalDate endedOn) {
        if (receivedOn.isBefore(releasedOn)) {
            throw ApiException.invalid("receivedOn", "接收日期不能早于释放或解除矫正日期 " + releasedOn);
        }
        if (endedOn != null && endedOn.isBefore(receivedOn)) {
            throw ApiException.invalid("endedOn", "帮教结束日期不能早于接收日期");
        }
    }

    private static List<SupportTeamMember> team(List<SupportTeamMember> members) {
        List<SupportTeamMember> team = new ArrayList<>();
        if (members != null) {
            for (SupportTeamMember m : members) {
                team.add(new SupportTeamMember(m.name().strip(), m.role().strip(), SubjectService.strip(m.phone())));
            }
        }
        return team;
    }

    public static void apply(ResettlementInput input, ResettlementPerson person) {
        person.orgUnit = input.orgUnit();
        person.name = input.name().strip();
        person.gender = input.gender();
        person.idNumber = ResidentIdNumber.normalize(input.idNumber());
        person.source = input.source();
        person.releasedOn = input.releasedOn();
        person.receivedOn = input.receivedOn();
        person.handoverDone = input.handoverDone();
        person.keyTarget = input.keyTarget();
        person.supportTeam = team(input.supportTeam());
        person.endedOn = input.endedOn();
    }

    public ResettlementView view(ResettlementPerson person) {
        return CorrectionsMapper.toView(person, personalData.single());
    }
}
