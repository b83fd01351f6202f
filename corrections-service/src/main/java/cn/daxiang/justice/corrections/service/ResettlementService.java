package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.api.HandoverInput;
import cn.daxiang.justice.corrections.api.ResettlementInput;
import cn.daxiang.justice.corrections.api.ResettlementView;
import cn.daxiang.justice.corrections.domain.HandoverMethod;
import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.ResettlementSource;
import cn.daxiang.justice.corrections.domain.ResettlementStatus;
import cn.daxiang.justice.corrections.domain.ResettlementVisit;
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
import cn.daxiang.justice.kit.person.PersonQuery;
import cn.daxiang.justice.kit.person.PersonSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resettlement and support (安置帮教), including the hand-over of a subject released from correction. The chain of a
 * prison release: the release notice (prison, expected day, the day it arrived), the release, the hand-over at release
 * (day, way, who: {@link #checkHandover}), the 帮教 visits ({@link ResettlementVisitService}) and the end of the period.
 * {@code handoverDone} is derived from a recorded hand-over; a client that sends only the flag (every client before the
 * hand-over was recorded, township sync included) keeps working, its flag stored as sent, so no upload breaks.
 */
@ApplicationScoped
public class ResettlementService extends RecordService<ResettlementPerson, ResettlementInput, ResettlementView> {

    static final String WHAT = "安置帮教对象";
    public static final String HANDOVER = "HANDOVER";
    static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "releasedOn", "releasedOn",
            "name", "name", "createdAt", "createdAt", "orgUnit", "orgUnit");

    @Inject
    SubjectService subjects;

    @Inject
    PersonSearch search;

    @Inject
    ResettlementVisitService visits;

    ResettlementService() {
        super(ResettlementPerson.class, WHAT, ResettlementPerson::new);
    }

    @Override
    protected void check(ResettlementInput input) {
        checkDates(input.releasedOn(), input.receivedOn(), input.endedOn());
        if (input.contactedOn() != null && input.contactedOn().isBefore(input.releasedOn())) {
            throw ApiException.invalid("contactedOn", "首次联系日期不能早于释放或解除矫正日期 " + input.releasedOn());
        }
        if (input.source() != ResettlementSource.PRISON_RELEASE) {
            if (input.prisonName() != null && !input.prisonName().isBlank()) {
                throw ApiException.invalid("prisonName", "仅刑满释放人员填写释放通知书的发出单位");
            }
            if (input.expectedReleaseOn() != null) {
                throw ApiException.invalid("expectedReleaseOn", "仅刑满释放人员填写预计释放日期");
            }
        }
        checkHandover(input.source(), input.releasedOn(), input.noticeReceivedOn(), input.endedOn(),
                new Handover(input.handoverOn(), input.handoverMethod(), input.handoverBy(), input.handoverDone()));
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
        visits.checkPersonDates(person.id, input.releasedOn(), input.endedOn());
        if (keepsHandover(person, input)) {
            checkHandover(input.source(), input.releasedOn(), input.noticeReceivedOn(), input.endedOn(),
                    new Handover(person.handoverOn, person.handoverMethod, person.handoverBy, input.handoverDone()));
        }
    }

    /**
     * A client before the hand-over was recorded sends only the flag: when it agrees with the recorded hand-over, that
     * one stays (an old client's update does not erase what a newer one recorded). A client that means to remove a
     * recorded hand-over sends neither it nor the flag.
     */
    static boolean keepsHandover(ResettlementPerson person, ResettlementInput input) {
        return person.handoverMethod != null && input.handoverDone() != null && input.handoverDone() == person.handoverDone
                && !new Handover(input.handoverOn(), input.handoverMethod(), input.handoverBy(), null).recorded();
    }

    /** The first contact after release: the day contacted, or a hand-over that reached the person, whichever came first. */
    static LocalDate firstContact(ResettlementPerson p) {
        LocalDate handover = p.handoverMethod != null && p.handoverMethod.reached() ? p.handoverOn : null;
        if (handover == null || (p.contactedOn != null && p.contactedOn.isBefore(handover))) {
            return p.contactedOn;
        }
        return handover;
    }

    /** A person with 帮教 visits is not deleted (sync's delete): the visits go first. */
    public void requireDeletable(ResettlementPerson person) {
        if (ResettlementVisit.count("personId", person.id) > 0) {
            throw ApiException.conflict("该安置帮教对象已有帮教走访记录，不能删除；请先删除其帮教走访记录");
        }
    }

    /** A person's visits follow the person to another org unit (the person's records are the person's office's). */
    @Override
    protected void written(ResettlementPerson person) {
        visits.follow(person);
    }

    /** The hand-over at release as an input gives it: all three of day, way and who, or none; and the client's flag. */
    record Handover(LocalDate on, HandoverMethod method, String by, Boolean done) {
        boolean recorded() {
            return on != null || method != null || (by != null && !by.isBlank());
        }

        /** Derived from a recorded hand-over; without one, the client's flag (clients before the hand-over send only it). */
        boolean handoverDone() {
            return method != null ? method.reached() : Boolean.TRUE.equals(done);
        }
    }

    /**
     * The order of the chain (安置帮教 衔接): the prison's release notice comes first (司法部《关于进一步做好刑满释放人员
     * 安置帮教工作的通知》1999: the notice is sent a month before release — article not confirmed), then the release, then
     * the hand-over at release (必接必送 for key targets, 衔接 for the others), then the 帮教 period until its end.
     * A prison release is handed over only once its notice arrived, never before the release; picked up at the prison
     * gate is on the day of release.
     */
    static void checkHandover(ResettlementSource source, LocalDate releasedOn, LocalDate noticeReceivedOn, LocalDate endedOn,
                              Handover h) {
        if (!h.recorded()) {
            return;
        }
        if (h.on() == null) {
            throw ApiException.invalid("handoverOn", "登记衔接须填写衔接日期");
        }
        if (h.method() == null) {
            throw ApiException.invalid("handoverMethod", "登记衔接须填写衔接方式");
        }
        if (h.by() == null || h.by().isBlank()) {
            throw ApiException.invalid("handoverBy", "登记衔接须填写衔接人");
        }
        boolean prisonWay = h.method() == HandoverMethod.PICKED_UP_AT_GATE || h.method() == HandoverMethod.HANDED_OVER_BY_PRISON;
        if (prisonWay && source != ResettlementSource.PRISON_RELEASE) {
            throw ApiException.invalid("handoverMethod", "出监接回、监狱送回仅适用于刑满释放人员");
        }
        if (h.method() == HandoverMethod.HANDED_OVER_BY_CORRECTION && source != ResettlementSource.CORRECTION_RELEASE) {
            throw ApiException.invalid("handoverMethod", "社区矫正机构移交仅适用于解除矫正人员");
        }
        if (source == ResettlementSource.PRISON_RELEASE) {
            if (noticeReceivedOn == null) {
                throw ApiException.invalid("noticeReceivedOn", "刑满释放人员须先收到监狱《刑满释放人员通知书》才能登记衔接");
            }
            if (h.on().isBefore(noticeReceivedOn)) {
                throw ApiException.invalid("handoverOn", "衔接日期不能早于收到释放通知书的日期 " + noticeReceivedOn);
            }
        }
        if (h.on().isBefore(releasedOn)) {
            throw ApiException.invalid("handoverOn", "衔接日期不能早于释放或解除矫正日期 " + releasedOn);
        }
        if (h.method() == HandoverMethod.PICKED_UP_AT_GATE && !h.on().equals(releasedOn)) {
            throw ApiException.invalid("handoverOn", "出监接回的衔接日期应为释放当日 " + releasedOn);
        }
        if (endedOn != null && h.on().isAfter(endedOn)) {
            throw ApiException.invalid("handoverOn", "衔接日期不能晚于帮教结束日期 " + endedOn);
        }
        if (h.done() != null && h.done() != h.method().reached()) {
            throw ApiException.invalid("handoverDone", "是否已完成衔接与衔接方式不一致（NOT_REACHED 为未衔接，其他方式为已衔接）");
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
        ResettlementInput resettlement = new ResettlementInput(input.id(), orgUnit, subject.name, subject.gender, subject.idNumber,
                ResettlementSource.CORRECTION_RELEASE, subject.endedOn, input.receivedOn(), null, null, input.handoverDone(),
                input.keyTarget(), input.supportTeam(), null, null, null, input.handoverOn(), input.handoverMethod(),
                input.handoverBy(), null);
        checkHandover(resettlement.source(), resettlement.releasedOn(), null, null,
                new Handover(input.handoverOn(), input.handoverMethod(), input.handoverBy(), input.handoverDone()));
        Records.requireNew(ResettlementPerson.class, input.id());
        ResettlementPerson person = new ResettlementPerson();
        person.id = input.id();
        apply(resettlement, person);
        person.subjectId = subject.id;
        person.persist();
        audit.created(person);
        return view(person);
    }

    public PageResult<ResettlementView> list(String orgUnit, ResettlementSource source, ResettlementStatus status,
                                             Boolean keyTarget, Boolean handoverDone, LocalDate receivedFrom, LocalDate receivedTo,
                                             PersonQuery person, PageRequest page) {
        ListQuery query = ListQuery.inScope(caller, orgUnit)
                .and("source = :source", "source", source)
                .andIf(status == ResettlementStatus.IN_SUPPORT, "endedOn is null")
                .andIf(status == ResettlementStatus.ENDED, "endedOn is not null")
                .and("keyTarget = :keyTarget", "keyTarget", keyTarget)
                .and("handoverDone = :handoverDone", "handoverDone", handoverDone)
                .and("receivedOn >= :receivedFrom", "receivedFrom", receivedFrom)
                .and("receivedOn <= :receivedTo", "receivedTo", receivedTo);
        search.apply(query, CorrectionsPersons.RESETTLEMENT_PERSONS, person);
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
        person.prisonName = CorrectionsMapper.strip(input.prisonName());
        person.expectedReleaseOn = input.expectedReleaseOn();
        if (!keepsHandover(person, input)) {
            Handover handover = new Handover(input.handoverOn(), input.handoverMethod(), CorrectionsMapper.strip(input.handoverBy()),
                    input.handoverDone());
            person.handoverOn = handover.on();
            person.handoverMethod = handover.method();
            person.handoverBy = handover.by();
            person.handoverDone = handover.handoverDone();
        }
        person.keyTarget = input.keyTarget();
        person.supportTeam = team(input.supportTeam());
        person.endedOn = input.endedOn();
    }

    @Override
    public ResettlementView view(ResettlementPerson person) {
        return CorrectionsMapper.toView(person, personalData.single(), deadlines.of(person));
    }
}
