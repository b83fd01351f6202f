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
import cn.daxiang.justice.kit.domain.RecordService;
import cn.daxiang.justice.kit.domain.Records;
import cn.daxiang.justice.kit.idnumber.ResidentIdNumber;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resettlement and support (安置帮教), including the hand-over of a subject released from correction. */
@ApplicationScoped
public class ResettlementService extends RecordService<ResettlementPerson, ResettlementInput, ResettlementView> {

    static final String WHAT = "安置帮教对象";
    public static final String HANDOVER = "HANDOVER";
    static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "releasedOn", "releasedOn",
            "name", "name", "createdAt", "createdAt", "orgUnit", "orgUnit");

    @Inject
    SubjectService subjects;

    ResettlementService() {
        super(ResettlementPerson.class, WHAT, ResettlementPerson::new);
    }

    @Override
    protected void check(ResettlementInput input) {
        checkDates(input.releasedOn(), input.receivedOn(), input.endedOn());
        if (input.contactedOn() != null && input.contactedOn().isBefore(input.releasedOn())) {
            throw ApiException.invalid("contactedOn", "首次联系日期不能早于释放或解除矫正日期 " + input.releasedOn());
        }
    }

    @Override
    protected void checkUpdate(ResettlementPerson person, ResettlementInput input) {
        if (person.subjectId != null) {
            if (input.source() != ResettlementSource.CORRECTION_RELEASE) {
                throw ApiException.invalid("source", "由解除矫正移交的记录来源只能是 CORRECTION_RELEASE");
            }
            if (!ResidentIdNumber.normalize(input.idNumber()).equals(person.idNumber)) {
                throw ApiException.invalid("idNumber", "由解除矫正移交的记录不能更改身份证号码");
            }
        }
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
        apply(new ResettlementInput(input.id(), orgUnit, subject.name, subject.gender, subject.idNumber,
                ResettlementSource.CORRECTION_RELEASE, subject.endedOn, input.receivedOn(), null, null, input.handoverDone(),
                input.keyTarget(), input.supportTeam(), null, null), person);
        person.subjectId = subject.id;
        person.persist();
        audit.created(person);
        return view(person);
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
        return PageResult.of(ResettlementPerson.class, query, sort, page,
                p -> CorrectionsMapper.toView(p, personalData.bulk(), deadlines.of(p)));
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
                team.add(new SupportTeamMember(m.name().strip(), m.role().strip(), CorrectionsMapper.strip(m.phone())));
            }
        }
        return team;
    }

    @Override
    public void apply(ResettlementInput input, ResettlementPerson person) {
        person.orgUnit = input.orgUnit();
        person.identify(input.name(), input.gender(), input.idNumber());
        person.source = input.source();
        person.releasedOn = input.releasedOn();
        person.receivedOn = input.receivedOn();
        person.contactedOn = input.contactedOn();
        person.noticeReceivedOn = input.noticeReceivedOn();
        person.handoverDone = input.handoverDone();
        person.keyTarget = input.keyTarget();
        person.supportTeam = team(input.supportTeam());
        person.endedOn = input.endedOn();
    }

    @Override
    public ResettlementView view(ResettlementPerson person) {
        return CorrectionsMapper.toView(person, personalData.single(), deadlines.of(person));
    }
}
